import type { Fixtures } from '@db/core/testing';

export const usersFixtures: Fixtures = {
  user_profiles: () => ({
    authSubject: 'auth0|5f1c2a9e8b7d',
    email: 'siobhan.byrne@example.ie',
    displayName: 'Siobhán Byrne',
    givenName: 'Siobhán',
    familyName: 'Byrne',
    accountType: 'individual',
    status: 'active',
    phone: '+353871234567',
    dateOfBirth: '1986-04-12',
    countryCode: 'IE',
    region: 'Kildare',
    city: 'Naas',
    timezone: 'Europe/Dublin',
    locale: 'en-IE',
    metadata: { signupSource: 'ios' },
  }),
};
