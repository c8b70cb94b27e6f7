import { blockOf } from './blocks';
import { excludes } from './skipped';

/** The readable text of an element, with the text node each part came from. */
export interface PageText {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node starts. */
  starts: number[];
  /** False when the walk stopped early (detection reads only the start of a long article). */
  complete?: boolean;
}

/** Walks text nodes a slice at a time, so a long article can be read across several short tasks. */
interface TextWalk {
  /** Reads up to `maxNodes` more nodes, stopping early once the text reaches `maxLength`; true when done. */
  take(maxNodes: number, maxLength: number): boolean;
  result(complete: boolean): PageText;
}

// The walker has no filter: a call back into script for every element costs more than the walk itself.
function nextText(walker: TreeWalker): Text | null {
  let node = walker.nextNode();
  while (node && node.nodeType !== Node.TEXT_NODE) {
    if (excludes(node as Element)) node = pastSubtree(walker);
    else node = walker.nextNode();
  }
  return node as Text | null;
}

// Leaves an element without entering it: its next sibling, or its nearest ancestor's.
function pastSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

function walkText(root: Node): TextWalk {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let lastBlock: Node | null = null;
  return {
    take(maxNodes, maxLength) {
      for (let taken = 0; taken < maxNodes && length < maxLength; taken++) {
        const text = nextText(walker);
        if (!text) return true;
        const block = blockOf(text);
        if (length > 0 && block !== lastBlock) {
          parts.push('\n');
          length++;
        }
        lastBlock = block;
        nodes.push(text);
        starts.push(length);
        parts.push(text.data);
        length += text.data.length;
      }
      return false;
    },
    result: (complete) => ({ text: parts.join(''), nodes, starts, complete }),
  };
}

/**
 * Walks the text nodes under `root`, skipping excluded subtrees, into one string with node offsets;
 * with `limit`, stops once the text is that long (`complete` says whether it read everything).
 */
export function collectText(root: Node, limit = Number.POSITIVE_INFINITY): PageText {
  const walk = walkText(root);
  const done = walk.take(Number.POSITIVE_INFINITY, limit);
  return walk.result(done);
}

const NODES_PER_STEP = 500;
const SLICE_MS = 12;

/** The whole text under `root`, read about 12 ms per task so the page stays responsive. */
export async function collectTextInSlices(root: Node, pause: () => Promise<void>): Promise<PageText> {
  const walk = walkText(root);
  let began = performance.now();
  while (!walk.take(NODES_PER_STEP, Number.POSITIVE_INFINITY)) {
    if (performance.now() - began < SLICE_MS) continue;
    await pause();
    began = performance.now();
  }
  return walk.result(true);
}

/** The readable text of a node that arrived later: a text node alone, or an element's text. */
export function textOf(node: Node): PageText {
  if (node.nodeType === Node.TEXT_NODE) return { text: (node as Text).data, nodes: [node as Text], starts: [0] };
  return collectText(node);
}
