import { defineConfig } from 'wxt';

/**
 * Test builds carry a fixed public key, so the unpacked extension always gets the id
 * gejdfgjklnfcogpjndokafcglocfeeio: end-to-end tests address chrome-extension://<id>/ and write
 * enterprise policy for it (shared/notes/testing.md). The private half was thrown away.
 */
const TEST_BUILD_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAod7oZXNgMAqXH+P11Om0tDHZOkWPPCs88Fy88DFIFd3daRXMkw5HyNLSURGJ66/hXe+JR6I/rQz530TGVDv9rLDz+B5dlM9Uww0S81tBUzLtGDDlA3DdKbsA32OhUugp46aQR9dWYQZ09Zm/U1vtOAQo3G/7If+n0cLGR47z6T07PDeKT3By26dg81zz0J8rJUxkhxLfQ75DUe4tKbvM2iwFPWUbKY51FitkuWFflm4JwSeqDzDD5dyAl3GkN0WqmhdkdzvcKUEybfHCcSu2YX8yap8WhH41LvL5rePzWyjxRQegNmUeUl1xN71fCzZH+Th7DP86O67eUUAqkK8JKwIDAQAB';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ mode }) => ({
    name: 'Persona Map',
    description: 'Buyer personas next to the seller, matched locally from the title on LinkedIn and CRM pages.',
    // The fewest permissions: no tabs, no host permissions beyond the content scripts' matches.
    permissions: ['storage', 'sidePanel', 'contextMenus'],
    action: { default_title: 'Persona Map' },
    commands: {
      'search-personas': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Search personas, objections and proof assets',
      },
    },
    ...(mode === 'test' ? { key: TEST_BUILD_KEY } : {}),
  }),
});
