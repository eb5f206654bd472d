import type { EntityManager } from '@mikro-orm/postgresql';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Commune } from './commune.entity';

// Public directory data: anonymous GET answers may be cached (server/src/http/public-cache.ts).
@Directive('@cacheControl(maxAge: 300)')
@ObjectType({ description: 'How much of the directory reaches one commune (for the map).' })
export class CommuneStatistics {
  @Field(() => Commune)
  commune!: Commune;

  @Field(() => Int, { description: 'Structures based in the commune or serving it.' })
  organizationCount!: number;

  @Field(() => Int, { description: 'Services that serve the commune.' })
  serviceCount!: number;

  @Field(() => Int, {
    description:
      'Structures based in the commune or serving it with a service that does not cover the whole territory: what sets one commune apart on a map.',
  })
  localOrganizationCount!: number;
}

/** One aggregate query for every commune of a territory. */
export async function communeStatistics(em: EntityManager, territoryId: string): Promise<CommuneStatistics[]> {
  const rows: Array<{ insee_code: string; organizations: string; services: string; local: string }> = await em
    .getConnection()
    .execute(
      `with reach as (select service_id, count(*) as communes from service_commune_served group by service_id),
      territory_size as (select count(*) as communes from commune where territory_id = ?)
    select c.insee_code,
        (select count(distinct o.id) from organization o
          where o.commune_insee_code = c.insee_code
             or exists (select 1 from service s join service_commune_served sc on sc.service_id = s.id
                        where s.organization_id = o.id and sc.commune_insee_code = c.insee_code)) as organizations,
        (select count(*) from service_commune_served sc where sc.commune_insee_code = c.insee_code) as services,
        (select count(distinct o.id) from organization o
          where o.commune_insee_code = c.insee_code
             or exists (select 1 from service s join service_commune_served sc on sc.service_id = s.id
                        join reach on reach.service_id = s.id
                        where s.organization_id = o.id and sc.commune_insee_code = c.insee_code
                          and reach.communes < (select communes from territory_size))) as local
      from commune c where c.territory_id = ? order by c.name`,
      [territoryId, territoryId],
    );
  const communes = await em.find(Commune, { territory: territoryId });
  const byCode = new Map(communes.map((c) => [c.inseeCode, c]));
  return rows.map((row) => ({
    commune: byCode.get(row.insee_code)!,
    organizationCount: Number(row.organizations),
    serviceCount: Number(row.services),
    localOrganizationCount: Number(row.local),
  }));
}
