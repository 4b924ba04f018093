import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// No React plugin: Vite 8's Oxc transforms TSX itself (automatic runtime). The built files go to
// dist/web-client, which the web app serves at / (apps/web/src/client).
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: resolve(import.meta.dirname, '../../../dist/web-client'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // antd's "use client" directives mean nothing without server components: not worth a warning each.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      output: {
        // Libraries change less often than the pages: their own files stay cached across releases.
        codeSplitting: { groups: [{ name: 'echarts', test: /node_modules[\\/](echarts|zrender)/ }, { name: 'antd', test: /node_modules[\\/](antd|@ant-design|rc-|@rc-component)/ }] },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
