import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum MailStatus {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  STORED = 'STORED',
  FAILED = 'FAILED',
}

registerEnumType(MailStatus, {
  name: 'MailStatus',
  valuesConfig: {
    QUEUED: { description: 'Waiting for its job (or for a retry after an error).' },
    SENT: { description: 'Accepted by the SMTP server.' },
    STORED: { description: 'Kept in the outbox only: no SMTP server is configured.' },
    FAILED: { description: 'Every attempt failed; see error.' },
  },
});

/** A part nodemailer adds as is: an attachment, or an alternative body such as text/calendar. */
export interface MailPart {
  contentType: string;
  content: string;
  filename?: string;
  encoding?: string;
}

/**
 * The outbox: every mail is written here in the caller's transaction before anything is sent, with
 * the job that sends it. Deliberately not a `Node`: `node(id)` checks no permission, and mail is
 * for admins only.
 */
@ObjectType({ description: 'A message of the outbox: what Maillage sent, or would have sent.' })
@Entity()
@Index({ properties: ['createdAt', 'id'] })
export class MailMessage {
  [OptionalProps]?: 'createdAt' | 'status';

  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = `mail_${randomUUID().replace(/-/g, '')}`;

  @Field({ description: 'The recipient address.' })
  @Property({ type: 'text', fieldName: 'recipient' })
  to!: string;

  @Field()
  @Property({ type: 'text' })
  subject!: string;

  @Field({ description: 'The plain-text part (every message has one).' })
  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'text', lazy: true })
  html!: string;

  @Property({ type: 'json', nullable: true, lazy: true })
  attachments?: MailPart[] | null;

  @Property({ type: 'json', nullable: true, lazy: true })
  alternatives?: MailPart[] | null;

  @Field(() => MailStatus)
  @Enum({ items: () => MailStatus, nativeEnumName: 'mail_status' })
  status: MailStatus = MailStatus.QUEUED;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When it was sent, or stored when there is no SMTP server.' })
  @Property({ type: 'datetime', nullable: true })
  sentAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'The error of the last failed attempt.' })
  @Property({ type: 'text', nullable: true })
  error?: string | null;

  @Field(() => String, { nullable: true, description: 'The Message-ID header, set at the first delivery attempt.' })
  @Property({ type: 'text', nullable: true })
  messageId?: string | null;
}
