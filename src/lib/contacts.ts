/** Urgent contacts, loaded once per build. */
import { getCollection } from 'astro:content';
import type { Contact } from '../schemas/contact.ts';

let cache: Promise<Contact[]> | undefined;

export function contacts(): Promise<Contact[]> {
	cache ??= getCollection('contacts').then((entries) => entries.map((e) => e.data));
	return cache;
}

export { telHref } from './tel.ts';
