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

export interface SeedMember {
  organization: string; // organisation slug
  person?: string | null; // person email
  role: string; // MembershipRole enum name
}

export interface SeedNetwork {
  slug: string;
  name: string;
  kind: string; // NetworkKind enum name
  theme?: string | null; // Theme enum name
  description: string;
  members: SeedMember[];
}
