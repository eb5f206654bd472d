interface Located {
  place?: string | null;
  onlineUrl?: string | null;
  commune?: { name: string } | null;
}

/** Where it happens, in words: « Salle des fêtes, Crest », « en visioconférence », or both. */
export function placeOf(meeting: Located): string {
  const onSite = [meeting.place, meeting.commune?.name].filter(Boolean).join(', ');
  return [onSite, meeting.onlineUrl ? 'en visioconférence' : ''].filter(Boolean).join(' et ');
}
