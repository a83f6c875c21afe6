/** Task pane entry: renders the product's name and what it does. */
import { createRoot } from "react-dom/client";

function App() {
  return (
    <main>
      <h1>A-krim rapportering</h1>
      <p>
        Sett inn rapporteringsmalene, kontroller hver rad mot virkemiddelkatalogen og målstrukturen, summer
        styringsparametre og slå sammen innsendte arbeidsbøker i samarbeidet mot arbeidslivskriminalitet.
      </p>
    </main>
  );
}

const root = document.getElementById("root");
if (root) createRoot(root).render(<App />);
