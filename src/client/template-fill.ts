/** Fills a `<template>`'s ⟦field⟧ placeholders (see `cardToken`): the search's result cards and the form's list entries. */
import { cardTokenPattern } from "../search/model.js";

/**
 * A copy of the template's content with every placeholder in texts and
 * attribute values replaced, as text, never as HTML.
 * @example fillTemplate(cardTemplate, { title: "Staplerschein", … })
 */
export function fillTemplate(
  template: HTMLTemplateElement,
  values: Readonly<Record<string, string>>,
): DocumentFragment {
  const fragment = template.content.cloneNode(true) as DocumentFragment;
  const fill = (value: string) => value.replace(cardTokenPattern, (_token, field: string) => values[field] ?? "");
  const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node instanceof Text) node.data = fill(node.data);
    else if (node instanceof Element) for (const attribute of node.attributes) attribute.value = fill(attribute.value);
  }
  return fragment;
}
