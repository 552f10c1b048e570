import { LabelBuilder, TextInputBuilder, TextInputStyle } from 'discord.js';

export interface TextFieldOptions {
  id: string;
  label: string;
  paragraph?: boolean;
  minLength?: number;
  maxLength: number;
  required?: boolean;
  /** Pre-filled text, cut to the field's maximum. */
  value?: string;
}

/** One labelled text input of a modal, as Discord's Label component wraps it. */
export function textField(options: TextFieldOptions): LabelBuilder {
  const input = new TextInputBuilder()
    .setCustomId(options.id)
    .setStyle(options.paragraph ? TextInputStyle.Paragraph : TextInputStyle.Short)
    .setMaxLength(options.maxLength)
    .setRequired(options.required ?? true);
  if (options.minLength !== undefined) input.setMinLength(options.minLength);
  if (options.value) input.setValue(options.value.slice(0, options.maxLength));
  return new LabelBuilder().setLabel(options.label).setTextInputComponent(input);
}
