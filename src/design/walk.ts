import type { Nodes } from 'mdast';

/**
 * Every node of the given type inside `nodes` (the nodes themselves
 * included), in document order. Iterative, so nesting depth cannot exhaust
 * the call stack.
 */
export function nodesOfType<T extends Nodes['type']>(
  nodes: readonly Nodes[],
  type: T,
): Array<Extract<Nodes, { type: T }>> {
  const found: Array<Extract<Nodes, { type: T }>> = [];
  const stack: Nodes[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node.type === type) {
      found.push(node as Extract<Nodes, { type: T }>);
      continue;
    }
    if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) {
        const child = node.children[index];
        if (child !== undefined) stack.push(child);
      }
    }
  }
  return found;
}

/** 1-based start line of a node, or `fallback` when it has no position. */
export function lineOf(node: Nodes, fallback = 1): number {
  return node.position?.start.line ?? fallback;
}
