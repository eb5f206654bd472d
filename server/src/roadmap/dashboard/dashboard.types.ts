import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Commune } from '../../directory/commune.entity';
import { Theme } from '../../directory/directory.enums';
import { Territory } from '../../directory/territory.entity';
import { Meeting } from '../../meetings/meeting.entity';
import { Network } from '../../networks/network.entity';
import { Training } from '../../trainings/training.entity';
import { RoadmapStatusCounts } from '../roadmap.resolver';
import { RoadmapAction } from '../roadmap-action.entity';
import { RoadmapOrientation } from '../roadmap-orientation.entity';

@ObjectType({ description: 'The period the activity figures cover.' })
export class DashboardPeriod {
  @Field({ description: 'Its start: midnight (Paris) of the day six months before `to`.' })
  from!: Date;

  @Field({ description: 'Its end (excluded): the dashboard’s date.' })
  to!: Date;

  @Field({ description: 'In words, in French (« du 30 mai au 30 novembre 2026 »).' })
  label!: string;
}

@ObjectType({ description: 'Progress of one theme of the roadmap: its actions by status, and its orientations.' })
export class ThemeProgress {
  @Field(() => Theme)
  theme!: Theme;

  @Field(() => RoadmapStatusCounts)
  statusCounts!: RoadmapStatusCounts;

  @Field(() => Float, { description: 'As an orientation’s progress, over all the theme’s actions (0 to 1).' })
  progress!: number;

  @Field(() => [RoadmapOrientation], {
    description: 'Its orientations in the document’s order (each with progress and statusCounts).',
  })
  orientations!: RoadmapOrientation[];
}

@ObjectType({ description: 'An action still open (not done nor abandoned) whose last update is older than six months.' })
export class StaleAction {
  @Field(() => RoadmapAction)
  action!: RoadmapAction;

  @Field({ description: 'Its last update, or its creation in the roadmap when it never had one.' })
  lastUpdateAt!: Date;

  @Field({ description: 'False when it was never updated (lastUpdateAt is then when the roadmap was loaded).' })
  everUpdated!: boolean;
}

@ObjectType({ description: "One network's activity over the dashboard's semester (figures only, nobody's name)." })
export class NetworkActivity {
  @Field(() => Network)
  network!: Network;

  @Field(() => Int, { description: 'Its meetings held in the semester (a joint meeting counts for each of its networks).' })
  meetingsHeld!: number;

  @Field(() => Int, { description: 'Invitations to those meetings.' })
  invitations!: number;

  @Field(() => Int, { description: 'Of which answered (yes, no or maybe).' })
  invitationsAnswered!: number;

  @Field(() => Int, { description: 'Of which attended, as recorded after the meeting.' })
  attended!: number;

  @Field(() => Int, { description: 'Items examined at those meetings (accepted on their agenda).' })
  agendaItemsReviewed!: number;

  @Field(() => Int, { description: 'Decisions and opinions recorded on those items.' })
  outcomesRecorded!: number;

  @Field(() => Int, { description: 'Its trainings with a session in the semester.' })
  trainings!: number;

  @Field(() => Int, { description: 'Confirmed registrations to those trainings.' })
  confirmedRegistrations!: number;
}

export enum UpcomingKind {
  MEETING = 'MEETING',
  TRAINING_SESSION = 'TRAINING_SESSION',
}
registerEnumType(UpcomingKind, { name: 'UpcomingKind', description: 'What comes next: a meeting or a training session.' });

@ObjectType({ description: 'A public meeting or training session to come, for « what comes next ».' })
export class UpcomingEvent {
  @Field(() => UpcomingKind)
  kind!: UpcomingKind;

  @Field()
  title!: string;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => [Network], { description: 'Its networks, by name.' })
  networks!: Network[];

  @Field(() => Meeting, { nullable: true, description: 'The meeting, for a MEETING.' })
  meeting?: Meeting | null;

  @Field(() => Training, { nullable: true, description: 'The training the session belongs to, for a TRAINING_SESSION.' })
  training?: Training | null;
}

@ObjectType({
  description:
    'Where a theme is present: a service of the theme reaches a commune when its structure is based there, or it serves the commune specifically (the map’s « structures de proximité »: not a service covering the whole territory), or it is itinerant through it.',
})
export class ThemeCoverage {
  @Field(() => Theme)
  theme!: Theme;

  @Field(() => Int, { description: 'Communes of the territory reached by a service of the theme.' })
  reachedCount!: number;

  @Field(() => Int, { description: 'Communes of the territory (former communes merged into another left out).' })
  communeCount!: number;

  @Field(() => [Commune], { description: 'The communes no service of the theme reaches, by name.' })
  unreachedCommunes!: Commune[];
}

@ObjectType({ description: "The steering committee's dashboard of the roadmap: public figures, no personal data." })
export class RoadmapDashboard {
  @Field(() => Territory)
  territory!: Territory;

  @Field({ description: 'The date the figures are given at.' })
  asOf!: Date;

  @Field(() => DashboardPeriod, { description: 'The semester the activity covers: the six months up to asOf.' })
  semester!: DashboardPeriod;
}
