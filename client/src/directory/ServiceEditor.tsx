import { useEffect, useRef, useState } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { errorMessage } from '../app/error-message';
import { ConfirmButton } from '../ui/ConfirmButton';
import { formatDay } from '../ui/format';
import { ErrorPanel, Notice } from '../ui/QueryStatus';
import { ServiceForm, type ServiceFormFragment } from './ServiceForm';
import { ServiceItem } from './ServiceItem';
import { useConfirmServiceMutation, useRemoveServiceMutation, useUpdateServiceMutation } from './service-mutations';

export const ServiceEditorFragment = graphql(`
  fragment ServiceEditor_service on Service {
    id
    name
    description
    themes
    audiences
    modes
    updatedAt
    needsUpdate
    communesServed {
      inseeCode
    }
    ...ServiceItem_service
  }
`);

interface Props {
  service: FragmentType<typeof ServiceEditorFragment>;
  territory: FragmentType<typeof ServiceFormFragment>;
  territoryInseeCodes: string[];
  /** Called once the service is deleted, so that the list can take the focus back. */
  onRemoved: () => void;
}

/** One service of the structure being edited: how fresh it is, and change / confirm / delete. */
export function ServiceEditor({ service: serviceRef, territory, territoryInseeCodes, onRemoved }: Props) {
  const service = getFragmentData(ServiceEditorFragment, serviceRef);
  const [editing, setEditing] = useState(false);
  const [update] = useUpdateServiceMutation();
  const [confirm, { loading: confirming }] = useConfirmServiceMutation();
  const [remove, { loading: removing }] = useRemoveServiceMutation();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const editButton = useRef<HTMLButtonElement>(null);
  const formTitle = useRef<HTMLHeadingElement>(null);
  const wasEditing = useRef(false);

  // Opening the form moves the focus into it; closing it brings the focus back to "Modifier".
  useEffect(() => {
    if (editing) formTitle.current?.focus();
    else if (wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  async function run(action: () => Promise<unknown>, done?: string) {
    setError(undefined);
    setNotice(undefined);
    try {
      await action();
      if (done) setNotice(done);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <article className="service-editor">
      {editing ? (
        <>
          <h3 ref={formTitle} tabIndex={-1} className="service__name">
            Modifier « {service.name} »
          </h3>
          <ServiceForm
            territory={territory}
            initial={{
              name: service.name,
              description: service.description ?? '',
              themes: service.themes,
              audiences: service.audiences,
              modes: service.modes,
              communesServed: service.communesServed.map((commune) => commune.inseeCode),
            }}
            submitLabel="Enregistrer le service"
            onSubmit={async (input) => {
              await update(service.id, input);
              setEditing(false);
              setNotice('Service enregistré.');
            }}
            onCancel={() => setEditing(false)}
          />
        </>
      ) : (
        <ServiceItem service={service} territoryInseeCodes={territoryInseeCodes} />
      )}
      <div className="service-editor__footer">
        <p className="service-editor__updated">
          Mis à jour le {formatDay(service.updatedAt)}
          {service.needsUpdate && <span className="badge badge--stale">À mettre à jour</span>}
        </p>
        {!editing && (
          <div className="form-actions">
            <button ref={editButton} type="button" className="button button--small" onClick={() => setEditing(true)}>
              Modifier<span className="visually-hidden"> le service {service.name}</span>
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={confirming}
              onClick={() => void run(() => confirm(service.id), 'Service confirmé : toujours exact aujourd’hui.')}
            >
              Toujours exact<span className="visually-hidden"> : {service.name}</span>
            </button>
            <ConfirmButton
              className="button button--small button--danger"
              disabled={removing}
              title={`Supprimer le service « ${service.name} » ?`}
              message="Il disparaîtra de l’annuaire et des exports. Cette action ne peut pas être annulée."
              confirmLabel="Supprimer le service"
              onConfirm={() => void run(() => remove(service.id).then(onRemoved))}
            >
              Supprimer<span className="visually-hidden"> le service {service.name}</span>
            </ConfirmButton>
          </div>
        )}
      </div>
      <Notice>{notice}</Notice>
      {error && <ErrorPanel message={error} />}
    </article>
  );
}
