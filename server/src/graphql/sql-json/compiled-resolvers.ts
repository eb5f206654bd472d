import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { TypeSpecs } from './compile';

type CompiledObject = { $?: unknown } & Record<string, unknown>;

/**
 * Lets the resolvers of compiled types read compiled objects: a field of an object built by SQL
 * (`"$": true`) is its property, read as the default resolver would, without the entity's
 * resolver (which expects a MikroORM entity and would load what is already there). Objects of the
 * resolvers' path go through unchanged.
 */
export function answerCompiledObjects(schema: GraphQLSchema, types: TypeSpecs): GraphQLSchema {
  for (const [typeName, fields] of Object.entries(types)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`Compiled reads: ${typeName} is not an object type of the schema`);
    const definitions = type.getFields();
    for (const fieldName of Object.keys(fields)) {
      const definition = definitions[fieldName];
      if (!definition) throw new Error(`Compiled reads: ${typeName}.${fieldName} is not in the schema`);
      const original = definition.resolve;
      if (!original) continue;
      definition.resolve = ((source: CompiledObject, args, context, info) =>
        source.$ === true ? source[fieldName] : original(source, args, context, info)) as GraphQLFieldResolver<
        CompiledObject,
        unknown
      >;
    }
  }
  return schema;
}
