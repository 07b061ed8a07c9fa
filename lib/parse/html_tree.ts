/**
 * Finding one's way in the tree parse5 builds of a page: an element's child
 * elements, its parent element and attributes, and the first element that
 * passes a test.
 *
 * @module
 */
import type { DefaultTreeAdapterTypes } from "parse5";

/** A node of the page's tree: an element, a text, a comment or the document. */
export type Node = DefaultTreeAdapterTypes.Node;
/** An element of the page's tree. */
export type Element = DefaultTreeAdapterTypes.Element;
/** A text of the page's tree. */
export type TextNode = DefaultTreeAdapterTypes.TextNode;

/** The child nodes of a node that are elements, in order. */
export function childElements(node: { childNodes: Node[] }): Element[] {
  return node.childNodes.filter((child): child is Element => "tagName" in child);
}

/** The parent of an element when it is an element (not the document), else null. */
export function parentElement(element: Element): Element | null {
  const parent = element.parentNode;
  return parent && "tagName" in parent ? parent as Element : null;
}

/** The value of an attribute of an element, or undefined when the element has none of that name. */
export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

/** The first element, in document order from `root` itself, that passes `test`; none inside one `prune` passes. */
export function findFirst(
  root: Element,
  test: (element: Element) => boolean,
  prune: (element: Element) => boolean = () => false,
): Element | undefined {
  const stack = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (test(element)) return element;
    if (prune(element)) continue;
    const children = childElements(element);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return undefined;
}
