import { ArrayMaxSize, ArrayMinSize, Length, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { SlotAnswer } from './date-poll.enums';

@InputType()
export class SlotInput {
  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;
}

@InputType()
export class PollAnswerInput {
  @Field(() => ID)
  @Length(1, 100, { message: 'Créneau invalide.' })
  slotId!: string;

  @Field(() => SlotAnswer)
  answer!: SlotAnswer;
}

/** Two slots at least make a choice; past six, people stop weighing each one (the usual date-poll practice). */
export const MAX_POLL_SLOTS = 6;

@ArgsType()
export class StartDatePollArgs {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => [SlotInput])
  @ArrayMinSize(2, { message: 'Proposez au moins 2 créneaux.' })
  @ArrayMaxSize(MAX_POLL_SLOTS, { message: `Proposez au plus ${MAX_POLL_SLOTS} créneaux.` })
  @ValidateNested({ each: true })
  slots!: SlotInput[];

  @Field({ description: 'Answers are taken until then; before the first slot.' })
  closesAt!: Date;
}

@ArgsType()
export class PollAnswersArgs {
  @Field(() => [PollAnswerInput], { description: 'One answer per slot; a slot answered again replaces the earlier answer.' })
  @ArrayMinSize(1, { message: 'Répondez pour au moins un créneau.' })
  @ArrayMaxSize(MAX_POLL_SLOTS, { message: `Un sondage compte au plus ${MAX_POLL_SLOTS} créneaux.` })
  @ValidateNested({ each: true })
  answers!: PollAnswerInput[];
}

@ArgsType()
export class AnswerDatePollArgs extends PollAnswersArgs {
  @Field(() => ID)
  pollId!: string;
}

@ArgsType()
export class AnswerDatePollWithLinkArgs extends PollAnswersArgs {
  @Field({ description: 'The secret of the personal link received by mail.' })
  @Length(1, 200, { message: 'Lien de sondage invalide.' })
  token!: string;
}
