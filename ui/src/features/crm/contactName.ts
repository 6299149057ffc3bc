import type { Contact } from './api';

/** "Ana Lima", or the email when the contact has no name. */
export function contactName(contact: Pick<Contact, 'email' | 'firstName' | 'lastName'>): string {
  const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ');
  return name || contact.email;
}
