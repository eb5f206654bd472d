import type { RegistrationStatus } from '../gql/graphql';
import { formatSlot } from '../ui/paris-time';

/** « 3 places restantes », « 1 place restante », « Complet — liste d'attente : 4 ». */
export function seatsLine(training: { seatsLeft: number; waitlistCount: number }): string {
  if (training.seatsLeft > 0) {
    return training.seatsLeft === 1 ? '1 place restante' : `${training.seatsLeft} places restantes`;
  }
  return `Complet — liste d’attente : ${training.waitlistCount}`;
}

interface OwnRegistration {
  status: RegistrationStatus;
  waitlistPosition?: number | null;
}

/** The viewer's own status: « Inscrit·e », « Sur liste d'attente — position 2 », « Inscription annulée ». */
export function registrationLabel(registration: OwnRegistration): string {
  switch (registration.status) {
    case 'CONFIRMED':
      return 'Inscrit·e';
    case 'WAITLISTED':
      return registration.waitlistPosition
        ? `Sur liste d’attente — position ${registration.waitlistPosition}`
        : 'Sur liste d’attente';
    case 'CANCELLED':
      return 'Inscription annulée';
  }
}

export const REGISTRATION_TAGS: Record<RegistrationStatus, string> = {
  CONFIRMED: 'status-tag--done',
  WAITLISTED: 'status-tag--pending',
  CANCELLED: 'status-tag--refused',
};

interface SessionPlace {
  place?: string | null;
  onlineUrl?: string | null;
  commune?: { name: string } | null;
}

/** « Salle des fêtes, Crest », « En ligne », or both. */
export function sessionWhere(session: SessionPlace): string {
  const place = [session.place, session.commune?.name].filter(Boolean).join(', ');
  if (place && session.onlineUrl) return `${place} — et en ligne`;
  return place || (session.onlineUrl ? 'En ligne' : 'Lieu à préciser');
}

/** The session's date on Paris clocks. */
export const sessionWhen = (session: { startsAt: string; endsAt: string }) => formatSlot(session.startsAt, session.endsAt);

/** « 3 h », « 1 h 30 » from decimal hours. */
export function formatHours(hours: number): string {
  const whole = Math.floor(hours);
  const minutes = Math.round((hours - whole) * 60);
  return minutes ? `${whole} h ${String(minutes).padStart(2, '0')}` : `${whole} h`;
}

/** The same-origin path of an absolute API address (the server's public URL may name another host). */
export function sameOriginPath(url: string): string {
  const parsed = new URL(url, window.location.origin);
  return parsed.pathname + parsed.search;
}
