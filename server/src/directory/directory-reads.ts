import { ReferenceKind, type EntityManager } from '@mikro-orm/postgresql';
import { Membership } from '../networks/membership.entity';
import { Network } from '../networks/network.entity';
import { Commune } from './commune.entity';
import { loadBatched } from '../shared/load';
import type { Organization } from './organization.entity';
import { Person } from './person.entity';
import { Service } from './service.entity';

/**
 * Batched reads behind the directory's busiest fields: one statement per request for the
 * services of every organisation on a page (with the communes they serve, when asked), one for
 * their memberships (with network and person). Rows become MikroORM entities through `em.map`,
 * into the request's identity map, like any load; the communes a service serves — hundreds on a
 * national page — become plain values with the Commune type's fields, which costs a fraction of
 * managed entities in collections (see the benchmark's README section).
 */

// Raw rows of the driver: their columns depend on the statement that read them, named right after.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;

const columnLists = new Map<string, string>();

/** The columns of an entity's own row (eager properties and foreign keys), optionally renamed `<prefix><column>`. */
export function entityColumns(em: EntityManager, entity: string, alias: string, prefix = ''): string {
  const key = `${entity}|${alias}|${prefix}`;
  let columns = columnLists.get(key);
  if (columns === undefined) {
    const ownColumn = (kind: ReferenceKind, owner?: boolean) =>
      kind === ReferenceKind.SCALAR || kind === ReferenceKind.MANY_TO_ONE || (kind === ReferenceKind.ONE_TO_ONE && owner);
    columns = em
      .getMetadata()
      .get(entity)
      .props.filter((prop) => ownColumn(prop.kind, prop.owner) && prop.persist !== false && !prop.lazy && prop.fieldNames?.length)
      .flatMap((prop) => prop.fieldNames.map((column) => `${alias}."${column}"${prefix ? ` as "${prefix}${column}"` : ''}`))
      .join(', ');
    columnLists.set(key, columns);
  }
  return columns;
}

/** Splits a joined row into its own columns and, per prefix, the columns of a joined table. */
export function splitRow(row: Row, prefixes: readonly string[]): [Row, ...Row[]] {
  const own: Row = {};
  const joined: Row[] = prefixes.map(() => ({}));
  for (const [key, value] of Object.entries(row)) {
    const index = prefixes.findIndex((prefix) => key.startsWith(prefix));
    if (index < 0) own[key] = value;
    else joined[index][key.slice(prefixes[index].length)] = value;
  }
  return [own, ...joined];
}

function groupBy<T>(keys: string[], items: Array<[string, T]>): Map<string, T[]> {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const [key, item] of items) groups.get(key)?.push(item);
  return groups;
}

/**
 * A commune as a plain value: the fields the Commune type exposes, and its references (the
 * commune it merged into, its territory) made only when a resolver asks for them.
 */
function communeValue(em: EntityManager, row: Row): Commune {
  const value = {
    inseeCode: row.insee_code,
    name: row.name,
    postalCode: row.postal_code,
    population: row.population,
    latitude: row.latitude,
    longitude: row.longitude,
    mergedOn: row.merged_on,
  };
  const reference = (target: typeof Commune | string, key: unknown) =>
    key ? em.getReference(target as never, key as never, { wrapped: true }) : null;
  Object.defineProperties(value, {
    mergedInto: { get: () => reference(Commune, row.merged_into_insee_code), enumerable: true },
    territory: { get: () => reference('Territory', row.territory_id), enumerable: true },
  });
  return value as unknown as Commune;
}

const COMMUNE_JSON = `json_build_object('insee_code', c.insee_code, 'name', c.name, 'postal_code', c.postal_code,
  'population', c.population, 'latitude', c.latitude, 'longitude', c.longitude, 'territory_id', c.territory_id,
  'merged_into_insee_code', c.merged_into_insee_code, 'merged_on', c.merged_on)`;

/** Communes served, found by `loadServices(…, true)`, by service. */
const communesServedOfService = new WeakMap<Service, Commune[]>();

async function servicesOfOrganizations(
  em: EntityManager,
  organizationIds: string[],
  withCommunes: boolean,
): Promise<Map<string, Service[]>> {
  const communes = withCommunes
    ? `, coalesce((select json_agg(${COMMUNE_JSON} order by c.insee_code) from service_commune_served sc join commune c on c.insee_code = sc.commune_insee_code
         where sc.service_id = s.id), '[]') as communes_served`
    : '';
  const rows: Row[] = await em
    .getConnection()
    .execute(
      `select ${entityColumns(em, Service.name, 's')}${communes} from service s where s.organization_id in (?) order by s.name, s.id`,
      [organizationIds],
    );
  const values = new Map<string, Commune>();
  return groupBy(
    organizationIds,
    rows.map(({ communes_served: served, ...columns }) => {
      const service = em.map(Service, columns);
      if (withCommunes) {
        communesServedOfService.set(
          service,
          (served as Row[]).map((commune) => {
            if (!values.has(commune.insee_code)) values.set(commune.insee_code, communeValue(em, commune));
            return values.get(commune.insee_code)!;
          }),
        );
      }
      return [columns.organization_id as string, service];
    }),
  );
}

/**
 * The services of an organisation (its collection when already loaded, say after an edit in the
 * same request); with `withCommunes`, the communes they serve come in the same statement.
 */
export async function loadServices(em: EntityManager, organization: Organization, withCommunes: boolean): Promise<Service[]> {
  if (organization.services.isInitialized(true)) return organization.services.getItems();
  const name = withCommunes ? 'servicesWithCommunes' : 'services';
  return (await loadBatched(em, name, (ids) => servicesOfOrganizations(em, ids, withCommunes), organization.id)) ?? [];
}

async function communesServedByServices(em: EntityManager, serviceIds: string[]): Promise<Map<string, Commune[]>> {
  const rows: Row[] = await em.getConnection().execute(
    `select sc.service_id, ${COMMUNE_JSON} as commune
      from service_commune_served sc join commune c on c.insee_code = sc.commune_insee_code
      where sc.service_id in (?) order by c.insee_code`,
    [serviceIds],
  );
  const values = new Map<string, Commune>();
  return groupBy(
    serviceIds,
    rows.map(({ service_id: serviceId, commune }) => {
      if (!values.has(commune.insee_code)) values.set(commune.insee_code, communeValue(em, commune));
      return [serviceId, values.get(commune.insee_code)!];
    }),
  );
}

/** The communes a service serves: from its loaded collection, from the services' statement, or batched. */
export async function loadCommunesServed(em: EntityManager, service: Service): Promise<Commune[]> {
  if (service.communesServed.isInitialized()) return service.communesServed.getItems();
  const preloaded = communesServedOfService.get(service);
  if (preloaded) return preloaded;
  return (await loadBatched(em, 'communesServed', (ids) => communesServedByServices(em, ids), service.id)) ?? [];
}

async function membershipsOfOrganizations(em: EntityManager, organizationIds: string[]): Promise<Map<string, Membership[]>> {
  const rows: Row[] = await em.getConnection().execute(
    `select ${entityColumns(em, Membership.name, 'm')}, ${entityColumns(em, Network.name, 'n', 'network__')},
        ${entityColumns(em, Person.name, 'p', 'person__')}
      from membership m join network n on n.id = m.network_id left join person p on p.id = m.person_id
      where m.organization_id in (?) order by m.id`,
    [organizationIds],
  );
  return groupBy(
    organizationIds,
    rows.map((row) => {
      const [membership, network, person] = splitRow(row, ['network__', 'person__']);
      em.map(Network, network);
      if (person.id != null) em.map(Person, person);
      return [membership.organization_id as string, em.map(Membership, membership)];
    }),
  );
}

/** An organisation's memberships (its collection when already loaded), each with its network and person, in one statement per request. */
export async function loadMemberships(em: EntityManager, organization: Organization): Promise<Membership[]> {
  if (organization.memberships.isInitialized(true)) return organization.memberships.getItems();
  return (await loadBatched(em, 'memberships', (ids) => membershipsOfOrganizations(em, ids), organization.id)) ?? [];
}
