import { TextField, type SxProps, type Theme } from "@mui/material";
import { useEffect, useState, type ReactNode } from "react";
import { FieldTitle, InputHelperText, useInput, useTranslate, type InputProps, type Validator } from "react-admin";
import { dayToText, textToDay } from "./dates";

// Calendar days typed as dd-mm-jjjj whatever the browser's locale (a native date input
// follows the browser: mm/dd/yyyy in an English Chromium). The value is YYYY-MM-DD.

/** The text shown for a value, kept while the person types something that is not a day yet. */
function useDayText(value: string | null | undefined) {
  const [text, setText] = useState(() => dayToText(value));
  useEffect(() => {
    // A value set from outside (a reset, a cleared filter): show it.
    if (value !== null && value !== undefined && textToDay(text) !== value) setText(dayToText(value));
    if ((value === null || value === undefined || value === "") && textToDay(text) !== null && textToDay(text) !== "") setText("");
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  return [text, setText] as const;
}

const inputProps = { inputMode: "numeric" as const, autoComplete: "off", maxLength: 10 };

/**
 * A day outside a react-admin form. `value` is YYYY-MM-DD or ""; `onChange` gets the day,
 * "" when emptied, or null while the text is not a day.
 */
export const DayField = ({
  value,
  onChange,
  name,
  label,
  sx,
  error,
  helperText,
}: {
  value: string | null;
  onChange: (day: string | null) => void;
  name: string;
  label: string;
  sx?: SxProps<Theme>;
  error?: boolean;
  /** Shown under the field unless the text is not a day. */
  helperText?: ReactNode;
}) => {
  const translate = useTranslate();
  const [text, setText] = useDayText(value);
  const [left, setLeft] = useState(false);
  const invalid = left && textToDay(text) === null;
  return (
    <TextField
      name={name}
      size="small"
      sx={sx}
      label={label}
      value={text}
      placeholder={translate("forms.day.placeholder")}
      error={error || invalid}
      helperText={invalid ? translate("forms.day.invalid") : helperText}
      onChange={(event) => {
        setText(event.target.value);
        onChange(textToDay(event.target.value));
      }}
      onBlur={() => {
        setLeft(true);
        const day = textToDay(text);
        if (day) setText(dayToText(day));
      }}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: inputProps }}
    />
  );
};

const notADay: Validator = (value) => (typeof value === "string" && value !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(value) ? "forms.day.invalid" : undefined);

/**
 * react-admin's input for a day (instead of DateInput), typed dd-mm-jjjj. In a filter
 * (`filter`), text that is not a day yet leaves the filter as it was.
 */
export const DayInput = (props: InputProps & { filter?: boolean; sx?: SxProps<Theme> }) => {
  const { filter = false, label, helperText, sx, validate, ...rest } = props;
  const translate = useTranslate();
  const validators = [...(Array.isArray(validate) ? validate : validate ? [validate] : []), notADay];
  const {
    field,
    fieldState: { error, invalid },
    isRequired,
  } = useInput({ ...rest, validate: validators });
  const [text, setText] = useDayText(field.value as string | null);
  return (
    <TextField
      name={field.name}
      inputRef={field.ref}
      size="small"
      sx={sx}
      label={<FieldTitle label={label} source={props.source} resource={props.resource} isRequired={isRequired} />}
      value={text}
      placeholder={translate("forms.day.placeholder")}
      error={invalid}
      helperText={invalid || helperText ? <InputHelperText error={error?.message} helperText={helperText || undefined} /> : undefined}
      onChange={(event) => {
        setText(event.target.value);
        const day = textToDay(event.target.value);
        if (day !== null) field.onChange(day === "" ? null : day);
        else if (!filter) field.onChange(event.target.value);
      }}
      onBlur={() => {
        field.onBlur();
        const day = textToDay(text);
        if (day) setText(dayToText(day));
      }}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: inputProps }}
    />
  );
};
