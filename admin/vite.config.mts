import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const adminDir = fileURLToPath(new URL(".", import.meta.url));

// The console is built to admin/dist, which the server serves at / with an SPA fallback.
// `npm run dev:admin` serves it with hot reload and sends /graphql to a server on :4000.
export default defineConfig({
  root: adminDir,
  base: "/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // react-admin with MUI is one ~1.2 MB chunk (~360 kB gzipped); splitting it buys a
    // console that loads once per session nothing worth the extra requests.
    chunkSizeWarningLimit: 1500,
    // Two pages: the console (index.html) and the public map at /kaart (kaart.html, no react-admin).
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL("index.html", import.meta.url)),
        kaart: fileURLToPath(new URL("kaart.html", import.meta.url)),
      },
    },
  },
  server: {
    proxy: {
      "/graphql": "http://localhost:4000",
    },
  },
});
