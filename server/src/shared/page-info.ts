import { Directive, Field, ObjectType } from 'type-graphql';

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}
