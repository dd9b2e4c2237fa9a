import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Firefox needs a stable add-on id for storage and for `web-ext lint`; Chrome gets its id from `key`
// only in tests, so we leave it out of the shipped manifest.
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus'],
    action: { default_title: '__MSG_extName__' },
    // Keys Chrome does not keep for itself (it gives an extension none of those: Alt+Shift+A moves
    // to an inactive dialog, Alt+Shift+N was taken too); G for "ghi chú", K for "kế tiếp". On a Mac,
    // Option+Shift+letter types a character (Option+Shift+K is the Apple logo), so a key the
    // extension took would be lost to every text field: Control+Shift there ("MacCtrl"; "Ctrl" would
    // mean Command).
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H', mac: 'MacCtrl+Shift+H' },
        description: '__MSG_highlightSelection__',
      },
      'note-selection': {
        suggested_key: { default: 'Alt+Shift+G', mac: 'MacCtrl+Shift+G' },
        description: '__MSG_noteSelection__',
      },
      'next-acronym': {
        suggested_key: { default: 'Alt+Shift+K', mac: 'MacCtrl+Shift+K' },
        description: '__MSG_nextAcronym__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sotay@sotay.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
