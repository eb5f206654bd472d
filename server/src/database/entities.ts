import { AccountInvitation } from '../accounts/account-invitation.entity';
import { AuditEntry } from '../accounts/audit-entry.entity';
import { ErasureRequest } from '../accounts/erasure-request.entity';
import { RateLimitCounter } from '../accounts/rate-limit.entity';
import { Session } from '../accounts/session.entity';
import { User } from '../accounts/user.entity';
import { Commune } from '../directory/commune.entity';
import { Organization } from '../directory/organization.entity';
import { Person } from '../directory/person.entity';
import { Service } from '../directory/service.entity';
import { ServiceCommuneServed } from '../directory/service-commune-served.entity';
import { Territory } from '../directory/territory.entity';
import { MailMessage } from '../mail/mail-message.entity';
import { Membership } from '../networks/membership.entity';
import { Network } from '../networks/network.entity';

export const entities = [
  Territory, Commune, Organization, Service, ServiceCommuneServed, Person, Network, Membership,
  User, Session, AccountInvitation, AuditEntry, ErasureRequest, RateLimitCounter,
  MailMessage,
];
