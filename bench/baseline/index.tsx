/**
 * The baseline page of the task-pane benchmark: a plain React + Fluent UI v9 page (provider, theme,
 * a title, text, a button, a field) with nothing of the add-in, built by the add-in's own webpack
 * configuration (bench/baseline/webpack.config.js) so that the two differ only by the pane's code.
 */
import { createRoot } from "react-dom/client";
import {
  Button,
  Field,
  FluentProvider,
  Input,
  Text,
  Title3,
  webLightTheme,
} from "@fluentui/react-components";

function Page() {
  return (
    <FluentProvider theme={webLightTheme}>
      <Title3 as="h1">绩效自评</Title3>
      <Text as="p">React + Fluent UI baseline</Text>
      <Field label="Rules">
        <Input defaultValue="mof2020" />
      </Field>
      <Button appearance="primary">Run</Button>
    </FluentProvider>
  );
}

createRoot(document.getElementById("container") as HTMLElement).render(<Page />);
