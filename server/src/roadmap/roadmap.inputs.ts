import { IsOptional, Length, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ActionStatus } from './roadmap.enums';

/** The longest comment: a few paragraphs of follow-up, not a report (documents go in linked meetings). */
export const MAX_COMMENT_LENGTH = 2000;

@ArgsType()
export class UpdateRoadmapActionArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => ActionStatus)
  status!: ActionStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_COMMENT_LENGTH, { message: `Le commentaire fait au plus ${MAX_COMMENT_LENGTH} caractères.` })
  comment?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "The action's revision the form was filled from: CONFLICT (STALE_REVISION) when another update landed since.",
  })
  @IsOptional()
  @Min(0)
  expectedRevision?: number | null;
}

@InputType({ description: 'Narrows the roadmap to some actions; an orientation or objective without any is left out.' })
export class RoadmapFilter {
  @Field(() => String, { nullable: true, description: 'Actions carried by this network.' })
  @IsOptional()
  networkSlug?: string | null;

  @Field(() => [ActionStatus], { nullable: true, description: 'Actions in one of these statuses.' })
  @IsOptional()
  statuses?: ActionStatus[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words found in the action (with its sub-bullets), its objective or its orientation, accents and case aside.',
  })
  @IsOptional()
  // Long enough for a sentence of the document; the search runs over a few hundred bullets in memory.
  @Length(0, 200, { message: 'La recherche fait au plus 200 caractères.' })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Orientations of this territory (slug) only.' })
  @IsOptional()
  territorySlug?: string | null;
}
