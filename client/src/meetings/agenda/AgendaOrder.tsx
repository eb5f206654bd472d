import { useState, type ReactNode } from 'react';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { getFragmentData, type FragmentType } from '../../gql';
import { formErrorOf } from '../../app/form-errors';
import { FormAlert, Notice } from '../../ui/QueryStatus';
import { formatClock } from '../../ui/paris-time';
import { frenchAnnouncements, SCREEN_READER_INSTRUCTIONS } from './agenda-announcements';
import { useMoveAgendaItemMutation } from './agenda-mutations';
import type { AgendaSlotTimes } from './agenda-slots';
import { AgendaItemDetails, AgendaItemDetailsFragment } from './AgendaItemDetails';

/**
 * The accepted items in order, for the animators: dragged with the mouse, or with the keyboard
 * (Space, arrows, Space), or moved one place with « Monter » / « Descendre ». Each move is saved
 * at once; the start times are the server's.
 */
interface Props {
  items: Array<FragmentType<typeof AgendaItemDetailsFragment>>;
  slots: readonly AgendaSlotTimes[];
}

export function AgendaOrder({ items: itemRefs, slots: slotList }: Props) {
  const items = itemRefs.map((ref) => ({ ref, data: getFragmentData(AgendaItemDetailsFragment, ref) }));
  const [move, { loading }] = useMoveAgendaItemMutation();
  // The order shown while a move is being saved, so that the dropped item does not jump back.
  const [pending, setPending] = useState<string[] | null>(null);
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const byId = new Map(items.map((item) => [item.data.id, item]));
  const ids = pending ?? items.map((item) => item.data.id);
  const slots = new Map(slotList.map((slot) => [slot.item.id, slot]));
  const titleOf = (id: string) => byId.get(id)?.data.title ?? '';

  async function moveTo(id: string, position: number, announce: boolean) {
    const from = ids.indexOf(id);
    if (from === position || position < 0 || position >= ids.length) return;
    setError(undefined);
    setNotice(undefined);
    setPending(arrayMove(ids, from, position));
    try {
      await move(id, position);
      // Buttons announce here; a drag has dnd-kit's own announcements.
      if (announce) setNotice(`« ${titleOf(id)} » est maintenant en position ${position + 1} sur ${ids.length}.`);
    } catch (caught) {
      setError(formErrorOf(caught).message);
    } finally {
      setPending(null);
    }
  }

  function dropped({ active, over }: DragEndEvent) {
    if (over && active.id !== over.id) void moveTo(String(active.id), ids.indexOf(String(over.id)), false);
  }

  if (ids.length === 0) return <p className="empty-state">Aucun point accepté pour l’instant.</p>;
  return (
    <div className="agenda-order" aria-busy={loading || pending !== null}>
      <FormAlert message={error} />
      <Notice>{notice}</Notice>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={dropped}
        accessibility={{ announcements: frenchAnnouncements(ids, titleOf), screenReaderInstructions: SCREEN_READER_INSTRUCTIONS }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol className="agenda-order__list" aria-label="Ordre du jour (glisser ou utiliser les boutons pour réordonner)">
            {ids.map((id, index) => {
              const item = byId.get(id);
              const slot = slots.get(id);
              if (!item) return null;
              return (
                <SortableRow key={id} id={id} title={item.data.title}>
                  <p className="agenda-order__time">
                    <span className="agenda-order__number">{index + 1}.</span>{' '}
                    {slot && pending === null && <>{formatClock(slot.startsAt)}</>}
                    {slot?.overruns && pending === null && <span className="agenda-order__overrun"> — après la fin prévue</span>}
                  </p>
                  <AgendaItemDetails item={item.ref} level={4} withOutcome={false} />
                  <div className="agenda-order__buttons">
                    <button
                      type="button"
                      className="button button--small"
                      disabled={index === 0 || loading}
                      onClick={() => void moveTo(id, index - 1, true)}
                    >
                      Monter<span className="visually-hidden"> « {item.data.title} »</span>
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      disabled={index === ids.length - 1 || loading}
                      onClick={() => void moveTo(id, index + 1, true)}
                    >
                      Descendre<span className="visually-hidden"> « {item.data.title} »</span>
                    </button>
                  </div>
                </SortableRow>
              );
            })}
          </ol>
        </SortableContext>
      </DndContext>
    </div>
  );
}

function SortableRow({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
    attributes: { roleDescription: 'point déplaçable' },
  });
  return (
    <li
      ref={setNodeRef}
      className={`agenda-order__row${isDragging ? ' agenda-order__row--dragging' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-item-id={id}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="agenda-order__handle"
        {...attributes}
        {...listeners}
        aria-label={`Déplacer « ${title} »`}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <div className="agenda-order__body">{children}</div>
    </li>
  );
}
