// Shape of the demo data files in ./data (hand-written from the CTG document).
// The seeder validates every enum value and every cross-reference before writing anything.

export interface SeedService {
  /** Unique within its organisation, kebab-case. */
  key: string;
  name: string;
  description?: string | null;
  themes: string[]; // Theme enum names
  audiences: string[]; // Audience enum names
  modes: string[]; // ServiceMode enum names
  /** INSEE codes of the communes served, or "ALL" for the whole territory. */
  communesServed: string[] | 'ALL';
  /** Its own web address (an online tool), not its structure's site. */
  url?: string | null;
}

export interface SeedPerson {
  /** Fictional demo person; the email doubles as the key memberships use. */
  firstName: string;
  lastName: string;
  jobTitle?: string | null;
  email: string;
  phone?: string | null;
}

export interface SeedOrganization {
  slug: string;
  name: string;
  kind: string; // OrganizationKind enum name
  description?: string | null;
  communeInseeCode?: string | null;
  address?: string | null;
  website?: string | null;
  publicEmail?: string | null;
  publicPhone?: string | null;
  labels: string[];
  services: SeedService[];
  people: SeedPerson[];
}

/** Where the CTG document states a fact (the line, its words, the words naming the organisation), or why the demo supposes it. */
export type SeedBasis = { line: number; quote: string; mention: string } | { assumption: string };

export interface SeedMember {
  organization: string; // organisation slug
  person?: string | null; // person email (demo people are all fictional)
  role: string; // MembershipRole enum name
  /** That the organisation takes part in the network. */
  membership: SeedBasis;
  /** ANIMATOR and CO_ANIMATOR only: that it animates the network. */
  animation?: SeedBasis;
}

export interface SeedNetwork {
  slug: string;
  name: string;
  kind: string; // NetworkKind enum name
  theme?: string | null; // Theme enum name
  description: string;
  members: SeedMember[];
}

/** How often a CTG body meets, as the convention says it, and who schedules its meetings. */
export interface SeedMeetingBody {
  cadence: string;
  /** Lines of the CTG document that give the rhythm. */
  source: string;
  /** Demo account that schedules the body's meetings. */
  createdBy: string;
  /** What the demo supposes where the CTG is silent (e.g. who animates the body). */
  assumption?: string;
}

export interface SeedActionItem {
  title: string;
  owner: string | null; // person email: an invitee of the meeting
  /** Due on the Friday of that week, counted from the seeding week (negative: past). */
  dueWeek?: number | null;
  /** Ticked off in that week (negative, after the meeting's week); open when absent. */
  doneWeek?: number | null;
}

export interface SeedMeeting {
  /** Unique, kebab-case; also the seed of its invitees' answers. */
  key: string;
  networks: string[]; // network slugs: one, or several for a joint meeting or the partner consultation
  kind: string; // MeetingKind enum name
  title: string;
  description?: string | null;
  /** Weeks from the seeding week: negative, held; positive, upcoming (never 0). */
  week: number;
  weekday: number; // ISO: 1 = Monday … 5 = Friday
  time: string; // 'HH:mm' on Paris clocks
  durationMinutes: number;
  commune?: string | null; // INSEE code
  place?: string | null;
  onlineUrl?: string | null;
  isPublic?: boolean;
  /** Upcoming and still being prepared: nobody is invited yet. */
  draft?: boolean;
  /** Called off, with this reason. */
  cancelled?: string;
  /** Held meetings record who came, unless false (minutes not written yet either). */
  attendanceRecorded?: boolean;
  /** Person email → RsvpResponse name, over the fixed mix of answers. */
  answers?: Record<string, string>;
  /** Markdown, one string per line. Held meetings only. */
  minutes?: string[];
  actionItems?: SeedActionItem[];
  /** Demo account that scheduled it; the body's by default. */
  createdBy?: string;
  /** Its agenda: proposals, reviews, order, publication and outcomes. */
  agenda?: SeedAgenda;
}

export interface SeedAgenda {
  /** Published (mailed) before the meeting; an upcoming agenda still being built is not. */
  published?: boolean;
  /** Accepted items take their position from this order. */
  items: SeedAgendaItem[];
}

export interface SeedAgendaItem {
  /** Unique within its meeting, kebab-case; `carriedFrom` names it as "meeting-key/item-key". */
  key: string;
  title: string;
  description?: string | null;
  kind: string; // AgendaItemKind enum name
  status: string; // AgendaItemStatus enum name
  durationMinutes: number;
  proposedBy: string; // person email: an invitee of the meeting
  presenter?: string | null; // person email: an invitee of the meeting
  organization?: string | null; // organisation slug: the item joins its dossier
  links?: string[];
  /** The animators' comment when they reviewed it (not for a proposal awaiting review). */
  reviewComment?: string | null;
  /** What was said or decided: held meetings' accepted items only. */
  outcome?: string | null;
  /** OpinionKind name: OPINION items with an outcome, and only they. */
  opinion?: string | null;
  /** The deferred item of an earlier meeting it continues, as "meeting-key/item-key". */
  carriedFrom?: string | null;
}

export interface SeedMeetingPlan {
  bodies: Record<string, SeedMeetingBody>;
  meetings: SeedMeeting[];
}

/** data/roadmap.json: the CTG roadmap as the document states it (see its $comment). */
export interface SeedRoadmap {
  themes: Array<{
    theme: string; // Theme enum name
    title: string;
    line: number | null;
    network: string;
    orientations: Array<{
      number: number;
      title: string;
      line: number;
      objectives: Array<{ title: string; line: number; intro?: string | null; introLine?: number; actions: SeedRoadmapAction[] }>;
    }>;
  }>;
}

export interface SeedNamedOrganization {
  organization: string; // organisation slug
  /** The words of the bullet that name it. */
  mention: string;
}

export interface SeedRoadmapAction {
  /** Its line in the CTG document. */
  line: number;
  title: string;
  subBullets?: string[];
  network: string | null; // network slug
  leads?: SeedNamedOrganization[];
  partners?: SeedNamedOrganization[];
}

/** data/roadmap-demo.json: demo follow-up, not in the document. */
export interface SeedRoadmapDemo {
  actions: Array<{
    line: number;
    updates: Array<{ week: number; day: number; author: string; status: string; comment: string }>;
    meetings: string[]; // meetings.json keys
  }>;
}
