import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { connectionFrom, connectionTypes, pageRequest } from '../shared/pagination';
import { MailMessage } from './mail-message.entity';

const { Connection: MailMessageConnection } = connectionTypes(MailMessage, 'MailMessage');

@Resolver(() => MailMessage)
export class SentMailsResolver {
  @Authorized('ADMIN')
  @Query(() => MailMessageConnection, { description: 'The outbox: every mail Maillage sent or queued, newest first.' })
  async sentMails(
    @Ctx() { em }: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Only the mails to this address.' }) to: string | null,
  ) {
    const { limit, offset } = pageRequest(first, after);
    const [nodes, totalCount] = await em.findAndCount(MailMessage, to ? { to: to.trim().toLowerCase() } : {}, {
      orderBy: { createdAt: 'desc', id: 'desc' },
      limit,
      offset,
    });
    return connectionFrom({ nodes, totalCount, offset });
  }
}
