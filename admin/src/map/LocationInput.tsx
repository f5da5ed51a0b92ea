import { Box } from "@mui/material";
import { useInput, ValidationError, type Validator } from "react-admin";
import type { GeoPoint } from "../types";
import { loadBoundaries, municipalityAt } from "./geodata";
import { LazyLocationPicker } from "./lazy";

/** A point inside a Dutch municipality: the server refuses one in the sea or abroad. */
export const insideTheNetherlands: Validator = async (value: GeoPoint | null | undefined) => {
  if (!value) return "matching.validation.location";
  const boundaries = await loadBoundaries();
  return municipalityAt(boundaries, value.lat, value.lon) ? undefined : "matching.validation.outside";
};

/** The map picker as a react-admin input: the value is `{ lat, lon }`. */
export const LocationInput = ({ source, validate, purpose }: { source: string; validate?: Validator | Validator[]; purpose?: "newcomer" | "home" }) => {
  const { field, fieldState, formState } = useInput<GeoPoint | null>({ source, validate, defaultValue: null });
  const message = fieldState.error?.message;
  const showError = fieldState.invalid && (fieldState.isTouched || formState.isSubmitted) && message;
  return (
    <Box sx={{ width: "100%" }}>
      <LazyLocationPicker
        value={field.value ?? null}
        onChange={(point) => {
          field.onChange(point);
          field.onBlur();
        }}
        error={showError ? <ValidationError error={message} /> : null}
        purpose={purpose}
      />
    </Box>
  );
};
