import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { connectionFrom, connectionTypes, pageRequest } from '../shared/pagination';
import { listFailedJobs, retryFailedJob, type JobFailureRecord } from './failed-jobs';

@ObjectType({ description: 'A background job that failed on every attempt.' })
export class JobFailure {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Its queue, e.g. mail.send.' })
  name!: string;

  @Field({ description: 'The data it was given, as JSON.' })
  data!: string;

  @Field({ description: 'The error of its last attempt.' })
  error!: string;

  @Field(() => Int)
  attempts!: number;

  @Field()
  failedAt!: Date;
}

const { Connection: JobFailureConnection } = connectionTypes(JobFailure, 'JobFailure');

const toJobFailure = (record: JobFailureRecord): JobFailure => ({ ...record, data: JSON.stringify(record.data ?? null) });

@Resolver(() => JobFailure)
export class FailedJobsResolver {
  @Authorized('ADMIN')
  @Query(() => JobFailureConnection, { description: 'Background jobs that used up their retries, latest first.' })
  async failedJobs(
    @Ctx() { em }: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    const page = await listFailedJobs(em, pageRequest(first, after));
    return connectionFrom({ ...page, nodes: page.nodes.map(toJobFailure) });
  }

  @Authorized('ADMIN')
  @Mutation(() => JobFailure, { description: 'Runs a failed job once more; it leaves failedJobs while it runs.' })
  async retryFailedJob(@Ctx() { em }: Context, @Arg('id', () => ID) id: string) {
    return toJobFailure(await retryFailedJob(em, id));
  }
}
