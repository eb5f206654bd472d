import { IsOptional, IsUrl, Length, Matches, MaxLength } from 'class-validator';
import { Field } from 'type-graphql';

/**
 * The rules of the fields a meeting's forms share (scheduling, editing, series changes), each
 * written once: a GraphQL field plus its validation, with the French message the user sees.
 */
function decorate(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorator) => decorator(target, key));
}

const optional = () =>
  decorate(
    Field(() => String, { nullable: true }),
    IsOptional(),
  );
const TITLE = Length(3, 200, { message: 'Le titre doit compter de 3 à 200 caractères.' });

export const TitleField = () => decorate(Field(), TITLE);
export const OptionalTitleField = () => decorate(optional(), TITLE);

export const CommuneField = () =>
  decorate(optional(), Matches(/^\d[0-9AB]\d{3}$/, { message: 'Code INSEE de commune invalide.' }));

export const PlaceField = () => decorate(optional(), MaxLength(300, { message: 'Le lieu ne peut pas dépasser 300 caractères.' }));

export const OnlineUrlField = () =>
  decorate(
    optional(),
    IsUrl(
      { protocols: ['http', 'https'], require_protocol: true },
      { message: 'Lien de visioconférence invalide (ex. https://visio.exemple.fr/reunion).' },
    ),
  );

export const DescriptionField = () =>
  decorate(optional(), MaxLength(10_000, { message: 'La description ne peut pas dépasser 10 000 caractères.' }));
