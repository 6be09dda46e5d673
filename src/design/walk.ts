import type { Nodes } from 'mdast';

/** Every node of the given types in `nodes`, theirs not searched, in document order; iterative, so depth cannot exhaust the stack. */
export function nodesOfType<T extends Nodes['type']>(nodes: readonly Nodes[], ...types: T[]): Array<Extract<Nodes, { type: T }>> {
  const found: Array<Extract<Nodes, { type: T }>> = [];
  const stack = [...nodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if ((types as string[]).includes(node.type)) found.push(node as Extract<Nodes, { type: T }>);
    else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return found;
}

/** 1-based start line of a node, or `fallback` when it has no position. */
export function lineOf(node: Nodes, fallback = 1): number {
  return node.position?.start.line ?? fallback;
}
