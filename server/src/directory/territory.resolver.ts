import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { Network } from '../networks/network.entity';
import { Commune } from './commune.entity';
import { CommuneStatistics, communeStatistics } from './commune-statistics';
import { byName, loadAll } from '../shared/load';
import { Territory } from './territory.entity';

@Resolver(() => Territory)
export class TerritoryResolver {
  @Query(() => [Territory])
  territories(@Ctx() { em }: Context) {
    return em.find(Territory, {}, { orderBy: { name: 'asc' } });
  }

  @Query(() => Territory, { nullable: true })
  territory(@Ctx() { em }: Context, @Arg('slug', () => String) slug: string) {
    return em.findOne(Territory, { slug });
  }

  @FieldResolver(() => [Commune], { description: 'The communes as the convention names them, former ones included.' })
  async communes(@Root() territory: Territory) {
    return byName(await loadAll(territory.communes), (c) => c.name);
  }

  @FieldResolver(() => [Network])
  async networks(@Root() territory: Territory) {
    return byName(await loadAll(territory.networks), (n) => n.name);
  }

  @FieldResolver(() => String, {
    description: "GeoJSON FeatureCollection of the communes' boundaries (properties: inseeCode, name), for maps.",
  })
  async boundaries(@Root() territory: Territory, @Ctx() { em }: Context) {
    const communes = await em.find(
      Commune,
      { territory },
      { fields: ['inseeCode', 'name', 'boundary'], orderBy: { inseeCode: 'asc' } },
    );
    return JSON.stringify({
      type: 'FeatureCollection',
      features: communes
        .filter((c) => c.boundary)
        .map((c) => ({ type: 'Feature', properties: { inseeCode: c.inseeCode, name: c.name }, geometry: c.boundary })),
    });
  }

  @FieldResolver(() => [CommuneStatistics], { description: 'Per commune, how many structures and services reach it.' })
  communeStatistics(@Root() territory: Territory, @Ctx() { em }: Context) {
    return communeStatistics(em, territory.id);
  }
}
