import { defineConfig } from 'wxt';

// A fixed public key gives test builds a stable extension id, so end-to-end tests can
// address chrome-extension://<id>/ and write enterprise policy for it (notes/testing.md).
const TEST_BUILD_KEY = undefined as string | undefined;

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ mode }) => ({
    name: 'Persona Map',
    description: 'Buyer personas next to the seller, matched locally from the title on LinkedIn and CRM pages.',
    permissions: ['storage', 'sidePanel'],
    action: { default_title: 'Persona Map' },
    ...(mode === 'test' && TEST_BUILD_KEY ? { key: TEST_BUILD_KEY } : {}),
  }),
});
