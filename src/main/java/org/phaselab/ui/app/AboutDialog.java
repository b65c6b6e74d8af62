package org.phaselab.ui.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Help → About: the version, what the app computes and from which papers, and the licences of what it bundles. */
final class AboutDialog {
    static final String REFERENCES = String.join("\n",
            "Gardner, J. Phys. A 21, 257 (1988); Krauth & Mézard, J. Phys. France 50, 3057 (1989)",
            "Györgyi, Phys. Rev. A 41, 7097 (1990); Sompolinsky, Tishby & Seung, PRL 65, 1683 (1990)",
            "Huang & Kabashima, PRE 90, 052813 (2014)",
            "Baldassi, Ingrosso, Lucibello, Saglietti & Zecchina, PRL 115, 128101 (2015); Baldassi et al., PNAS 113, E7655 (2016)",
            "Baldassi, Lauditi, Malatesta, Perugini & Zecchina, PRL 127, 278301 (2021)",
            "Baldassi, Lauditi, Malatesta, Pacelli, Perugini & Zecchina, PRE 106, 014116 (2022)",
            "Goldt, Mézard, Krzakala & Zdeborová, PRX 10, 041044 (2020); Gerace et al., ICML (2020)",
            "Ziyin & Ueda, arXiv:2205.12510",
            "Geiger, Spigler, d'Ascoli, Sagun, Baity-Jesi, Biroli & Wyart, PRE 100, 012115 (2019); Franz & Parisi, J. Phys. A 49, 145001 (2016)",
            "Braunstein & Zecchina, PRL 96, 030201 (2006); Baldassi, Braunstein, Brunel & Zecchina, PNAS 104, 11079 (2007)");
    static final String LICENCES = String.join("\n",
            "OpenJFX 21 — GPL v2 with the Classpath Exception",
            "JFreeChart 1.5, JFreeChart-FX 2.0 — LGPL 2.1",
            "FXGraphics2D 2.1 — BSD 3-Clause",
            "JFreeSVG 5.0 — GPL v3",
            "ControlsFX 11.2 — BSD 3-Clause",
            "EJML 0.46 — Apache 2.0",
            "Jackson 2.21 — Apache 2.0",
            "picocli 4.7 — Apache 2.0",
            "Apache PDFBox 3.0, pdfbox-graphics2d 3.0 — Apache 2.0",
            "JLaTeXMath 1.0 — GPL v2 with the Classpath Exception");

    private AboutDialog() {}

    static void show(Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        about.initOwner(owner);
        about.setTitle("About PhaseLab");
        about.setHeaderText("PhaseLab " + version() + " — phase transitions in the learning of neural networks");
        TextArea text = new TextArea("Replica-symmetric theory (N → ∞, entropies in nats per weight) and seeded "
                + "experiments, on screen, in files and on the command line (java -jar phaselab.jar --help).\n\n"
                + "References\n" + REFERENCES + "\n\nBundled libraries and their licences\n" + LICENCES);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(18);
        text.setPrefColumnCount(70);
        about.getDialogPane().setContent(text);
        about.getDialogPane().setId("about-dialog");
        about.show();
    }

    /** The version Maven wrote into the jar, or "development build" when run from the classes. */
    static String version() {
        try (InputStream in = AboutDialog.class.getResourceAsStream("/META-INF/maven/org.phaselab/phaselab/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "development build");
            }
        } catch (IOException e) {
            // fall through: no version to show
        }
        return "development build";
    }
}
