import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { PublicMap } from "./PublicMap";
import "./kaart.css";

// The public map at /kaart: its own small bundle (React and Leaflet, no console code).
const root = document.getElementById("root");
if (!root) throw new Error("kaart.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <PublicMap />
  </StrictMode>,
);
