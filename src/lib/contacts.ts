/** Urgent contacts, loaded once per build. */
import { getCollection } from 'astro:content';
import type { Contact } from '../schemas/contact.ts';

let cache: Promise<Contact[]> | undefined;

export function contacts(): Promise<Contact[]> {
	cache ??= getCollection('contacts').then((entries) => entries.map((e) => e.data));
	return cache;
}

/** tel: link for a number written 1-888-373-7888 (US numbers get +1). */
export function telHref(phone: string): string {
	const digits = phone.replace(/\D/g, '');
	return digits.length === 11 && digits.startsWith('1') ? `tel:+${digits}` : `tel:${digits}`;
}
