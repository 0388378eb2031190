import type { ClassType } from 'type-graphql';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from './context';
import { badUserInput } from './errors';
import type { NodeType } from './module';
import { fromGlobalId, MAX_PAGE_SIZE, Node } from './relay';

/** `node(id:)` and `nodes(ids:)` over the node types of all modules. */
export function createNodeResolver(nodeTypes: readonly NodeType[]): ClassType {
  const byName = new Map(nodeTypes.map((nodeType) => [nodeType.type.name, nodeType]));

  async function load(ctx: Context, globalId: string): Promise<Node | null> {
    const { type, id } = fromGlobalId(globalId);
    const nodeType = byName.get(type);
    return nodeType ? nodeType.load(ctx, id) : null;
  }

  @Resolver()
  class NodeResolver {
    @Query(() => Node, {
      nullable: true,
      description: 'Refetches any object by its id; null when unknown or hidden from you.',
    })
    node(
      @Ctx() ctx: Context,
      @Arg('id', () => ID, { description: 'An id from any object’s `id` field.' }) id: string,
    ) {
      return load(ctx, id);
    }

    @Query(() => [Node], {
      nullable: 'items',
      description: `Refetches up to ${MAX_PAGE_SIZE} objects, in the order given.`,
      // Like a connection: what is asked of each object counts once per id.
      complexity: ({ args, childComplexity }) =>
        1 + childComplexity * Math.min(Array.isArray(args.ids) ? args.ids.length : 1, MAX_PAGE_SIZE),
    })
    nodes(
      @Ctx() ctx: Context,
      @Arg('ids', () => [ID], { description: `Up to ${MAX_PAGE_SIZE} ids from any objects’ \`id\` fields.` })
      ids: string[],
    ) {
      if (ids.length > MAX_PAGE_SIZE) {
        throw badUserInput(`ids may hold at most ${MAX_PAGE_SIZE} ids, got ${ids.length}`, [
          { path: ['ids'], message: 'too many' },
        ]);
      }
      return Promise.all(ids.map((id) => load(ctx, id)));
    }
  }
  return NodeResolver;
}
