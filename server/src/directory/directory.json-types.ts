import { column, frenchOrder, instant, permissions, toMany, toOne, type TypeSpecs } from '../graphql/sql-json/compile';
import { canLinkFromSql } from '../networks/links/network-link.policy';
import { canManageMembersSql } from '../networks/network.policy';
import { ANIMATING_ROLES } from '../networks/network.enums';
import { canAddPeopleToSql, canEditOrganizationSql, contactDetailsSql } from './directory.policy';

/**
 * The directory's types as SQL (see graphql/sql-json): each field the way its resolver answers it,
 * lists in the resolvers' order. Fields left out (viewerCan, dossier, …) send the query down the
 * resolvers' path.
 */
export const directoryJsonTypes: TypeSpecs = {
  Organization: {
    id: column('id'),
    slug: column('slug'),
    name: column('name'),
    kind: column('kind'),
    description: column('description'),
    address: column('address'),
    website: column('website'),
    publicEmail: column('public_email'),
    publicPhone: column('public_phone'),
    openingHours: column('opening_hours'),
    labels: column('labels'),
    createdAt: instant('created_at'),
    updatedAt: instant('updated_at'),
    commune: toOne('Commune', { from: (o, c) => `from commune ${c} where ${c}.insee_code = ${o}.commune_insee_code` }),
    services: toMany('Service', {
      from: (o, s) => `from service ${s} where ${s}.organization_id = ${o}.id`,
      orderBy: (s) => `${frenchOrder(`${s}.name`)}, ${s}.name, ${s}.id`,
    }),
    people: toMany('Person', {
      from: (o, p) => `from person ${p} where ${p}.organization_id = ${o}.id`,
      orderBy: (p) => `${frenchOrder(`${p}.last_name || ' ' || ${p}.first_name`)}, ${p}.last_name, ${p}.first_name, ${p}.id`,
    }),
    memberships: toMany('Membership', {
      from: (o, m) => `from membership ${m} where ${m}.organization_id = ${o}.id`,
      orderBy: (m) => `${m}.id`,
    }),
    viewerCan: permissions({
      edit: (o, sql) => canEditOrganizationSql(sql.viewer, o, sql),
      addPeople: (o, sql) => canAddPeopleToSql(sql.viewer, o, sql),
    }),
    networks: toMany('Network', {
      from: (o, n) => `from network ${n} where ${n}.id in (select network_id from membership where organization_id = ${o}.id)`,
      orderBy: (n) => `${frenchOrder(`${n}.name`)}, ${n}.name, ${n}.id`,
    }),
  },
  Service: {
    id: column('id'),
    name: column('name'),
    description: column('description'),
    url: column('url'),
    themes: column('themes'),
    audiences: column('audiences'),
    modes: column('modes'),
    updatedAt: instant('updated_at'),
    organization: toOne('Organization', { from: (s, o) => `from organization ${o} where ${o}.id = ${s}.organization_id` }),
    communesServed: toMany('Commune', {
      from: (s, c) =>
        `from service_commune_served sc_${c} join commune ${c} on ${c}.insee_code = sc_${c}.commune_insee_code where sc_${c}.service_id = ${s}.id`,
      orderBy: (c) => `${frenchOrder(`${c}.name`)}, ${c}.insee_code`,
    }),
  },
  Commune: {
    inseeCode: column('insee_code'),
    name: column('name'),
    postalCode: column('postal_code'),
    population: column('population'),
    latitude: column('latitude'),
    longitude: column('longitude'),
    mergedOn: column('merged_on'),
    mergedInto: toOne('Commune', { from: (c, m) => `from commune ${m} where ${m}.insee_code = ${c}.merged_into_insee_code` }),
  },
  Person: {
    id: column('id'),
    firstName: column('first_name'),
    lastName: column('last_name'),
    jobTitle: column('job_title'),
    organization: toOne('Organization', { from: (p, o) => `from organization ${o} where ${o}.id = ${p}.organization_id` }),
    email: (p, field, sql) => contactDetailsSql(sql.viewer, p, `${p}.email`, sql),
    phone: (p, field, sql) => contactDetailsSql(sql.viewer, p, `${p}.phone`, sql),
  },
  Membership: {
    id: column('id'),
    role: column('role'),
    network: toOne('Network', { from: (m, n) => `from network ${n} where ${n}.id = ${m}.network_id` }),
    organization: toOne('Organization', { from: (m, o) => `from organization ${o} where ${o}.id = ${m}.organization_id` }),
    person: toOne('Person', { from: (m, p) => `from person ${p} where ${p}.id = ${m}.person_id` }),
  },
  Network: {
    id: column('id'),
    slug: column('slug'),
    name: column('name'),
    kind: column('kind'),
    theme: column('theme'),
    description: column('description'),
    viewerCan: permissions({
      manageMembers: (n, sql) => canManageMembersSql(sql.viewer, `${n}.id`, sql),
      linkNetworks: (n, sql) => canLinkFromSql(sql.viewer, `${n}.id`, sql),
    }),
    animators: toMany('Membership', {
      from: (n, m) => `from membership ${m} where ${m}.network_id = ${n}.id and ${m}.role in ('${ANIMATING_ROLES.join("', '")}')`,
      orderBy: (m) => `array_position(array['${ANIMATING_ROLES.join("', '")}'], ${m}.role::text), ${m}.id`,
    }),
    memberships: toMany('Membership', {
      from: (n, m) => `from membership ${m} where ${m}.network_id = ${n}.id`,
      orderBy: (m) => `${m}.id`,
    }),
    organizations: toMany('Organization', {
      from: (n, o) =>
        `from organization ${o} where ${o}.id in (select organization_id from membership where network_id = ${n}.id)`,
      orderBy: (o) => `${frenchOrder(`${o}.name`)}, ${o}.name, ${o}.id`,
    }),
  },
};
