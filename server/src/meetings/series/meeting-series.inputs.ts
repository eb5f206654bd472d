import { IsOptional, Matches, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { SeriesFrequency } from './meeting-series.entity';
import { ScheduleMeetingInput } from '../meeting.inputs';
import { OptionalTitleField, CommuneField, PlaceField, OnlineUrlField, DescriptionField } from '../meeting-fields';

/** The first meeting, and the rule that repeats it. */
@InputType()
export class ScheduleMeetingSeriesInput extends ScheduleMeetingInput {
  @Field(() => SeriesFrequency)
  frequency!: SeriesFrequency;

  // Every week up to every 24 months (the biennial consultation of all partners).
  @Field(() => Int, { description: 'Every `interval` weeks or months, e.g. 6 months for the steering committee.' })
  @Min(1, { message: "L'intervalle est d'au moins 1." })
  @Max(24, { message: "L'intervalle est de 24 au plus (toutes les 24 semaines ou tous les deux ans)." })
  interval!: number;

  // A weekly series for a year at most: each occurrence invites every member and mails them, and
  // memberships change within a year — plan the next year's series then.
  @Field(() => Int, { description: 'How many meetings to create, the first included (2 to 52).' })
  @Min(2, { message: 'Une série compte au moins 2 réunions.' })
  @Max(52, { message: 'Une série compte au plus 52 réunions (un an de réunions hebdomadaires).' })
  count!: number;
}

/**
 * What changes in each occurrence concerned. Only the fields given change; null clears an
 * optional one. Times are wall-clock times on Paris clocks, applied to each occurrence's own day:
 * « désormais à 10 h » moves every meeting to 10:00, whatever its date.
 */
@InputType()
export class SeriesChangeInput {
  @OptionalTitleField()
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New start time, HH:mm on Paris clocks (each occurrence keeps its day).' })
  @IsOptional()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Heure invalide : utilisez le format HH:mm (ex. 14:00).' })
  startTime?: string | null;

  // A meeting lasts at most 12 hours (as scheduleMeeting checks).
  @Field(() => Int, { nullable: true, description: 'New length in minutes; without it each occurrence keeps its own.' })
  @IsOptional()
  @Min(15, { message: 'Une réunion dure au moins 15 minutes.' })
  @Max(720, { message: 'Une réunion dure au plus 12 heures.' })
  durationMinutes?: number | null;

  @CommuneField()
  communeInseeCode?: string | null;

  @PlaceField()
  place?: string | null;

  @OnlineUrlField()
  onlineUrl?: string | null;

  @DescriptionField()
  description?: string | null;
}
