import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { PublicMap } from "./PublicMap";
import { FeedbackPage } from "./feedback/FeedbackPage";
import "./kaart.css";

// The public map at /kaart: its own small bundle (React and Leaflet, no console code).
const root = document.getElementById("root");
if (!root) throw new Error("kaart.html has no #root element");

// /kaart/feedback/<token>: a newcomer's anonymous feedback after support (a link or QR code from the key person).
const feedbackToken = /^\/(?:kaart|map)\/feedback\/([^/]+)\/?$/.exec(window.location.pathname)?.[1];

createRoot(root).render(
  <StrictMode>
    {feedbackToken ? (
      <FeedbackPage token={decodeURIComponent(feedbackToken)} initialLanguage={new URLSearchParams(window.location.search).get("lang")} />
    ) : (
      <PublicMap />
    )}
  </StrictMode>,
);
