// Word lists for the demo account. Names are invented; combinations are drawn
// with the seeded generator.
export const FIRST_NAMES = [
  'Amelia', 'Noah', 'Priya', 'Mateo', 'Chloe', 'Kenji', 'Fatima', 'Liam', 'Sofia', 'Ethan',
  'Aisha', 'Lucas', 'Grace', 'Omar', 'Hannah', 'Diego', 'Mei', 'Oliver', 'Zara', 'Samuel',
  'Isla', 'Ravi', 'Elena', 'Jack', 'Nadia', 'Felix', 'Ruby', 'Tomás', 'Leah', 'Arjun',
  'Maya', 'Henry', 'Yuki', 'Caleb', 'Freya', 'Kofi', 'Ingrid', 'Marcus', 'Lina', 'Theo',
] as const;

export const LAST_NAMES = [
  'Nguyen', 'Okafor', 'Patel', 'García', 'Thompson', 'Tanaka', 'Haddad', 'Murphy', 'Rossi', 'Clarke',
  'Mensah', 'Silva', 'Walsh', 'Kowalski', 'Fischer', 'Reyes', 'Chen', 'Bennett', 'Ahmed', 'Lindqvist',
  'Dubois', 'Kim', 'Oduya', 'Hughes', 'Moreau', 'Singh', 'Baker', 'Novak', 'Evans', 'Costa',
] as const;

export const DEPARTMENTS = ['Sales', 'Support', 'Finance', 'Operations', 'People', 'Engineering'] as const;

/** Prompts of the audio library: name and what the text-to-speech voice says. */
export const AUDIO_PROMPTS: ReadonlyArray<readonly [string, string]> = [
  ['Main greeting (San Francisco)', 'Thank you for calling Switchboard Demo Co. For sales, press 1. For support, press 2. For billing, press 3. For our international offices, press 4. To reach the front desk, press 0.'],
  ['After-hours greeting (San Francisco)', 'Our San Francisco office is closed. Our hours are 8 AM to 6 PM Pacific, Monday to Friday. To leave a message, press 0. For urgent support, press 1.'],
  ['Holiday greeting (US)', 'Our offices are closed today for the holiday. Please leave a message after the tone, or press 1 for our emergency line.'],
  ['Support menu', 'For technical support, press 1. For the account team, press 2. To leave a voicemail for the support lead, press 3. To return to the main menu, press 9.'],
  ['International menu', 'For our London office, press 1. For our Sydney office, press 2. To reach our partner desk, press 3.'],
  ['Main greeting (London)', 'Thank you for calling Switchboard Demo Co in London. For sales, press 1. For support, press 2. For partners, press 3. For reception, press 0.'],
  ['After-hours greeting (London)', 'Our London office is closed. Our hours are 9 AM to 5:30 PM, Monday to Friday. Please leave a message, press 0.'],
  ['Bank holiday greeting (UK)', 'Our London office is closed for the bank holiday. Please call back on the next working day or leave a message.'],
  ['Main greeting (Sydney)', 'Thanks for calling Switchboard Demo Co in Sydney. For support, press 1. For sales, press 2. For our answering service, press 3.'],
  ['After-hours greeting (Sydney)', 'Our Sydney office is closed. Our hours are 8:30 AM to 5 PM, Monday to Friday, Sydney time. Please leave a message, press 0.'],
  ['Public holiday greeting (AU)', 'Our Sydney office is closed for the public holiday. Please leave a message and we will call you back.'],
  ['Emergency line greeting', 'You have reached the after-hours emergency line. To reach the engineer on call, press 1. For our answering service, press 2.'],
  ['Sales voicemail greeting', 'You have reached the sales team. Please leave your name, company and number and we will call you back within one business day.'],
  ['Support voicemail greeting', 'You have reached support. Please leave your ticket number and a short description of the issue.'],
  ['Billing voicemail greeting', 'You have reached billing. Please leave your invoice number and a callback number.'],
  ['Front desk voicemail greeting', 'You have reached the front desk. Please leave a message.'],
  ['Hold music announcement', 'Thank you for holding. Your call is important to us and will be answered by the next available person.'],
  ['Please hold while we connect you', 'Please hold while we connect your call.'],
  ['Survey invitation', 'After this call, please stay on the line for a short survey about your experience.'],
  ['Office closed for maintenance', 'Our phone lines are undergoing maintenance. Please try again later or visit our website.'],
];
