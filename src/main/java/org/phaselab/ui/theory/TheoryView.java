package org.phaselab.ui.theory;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.phaselab.preset.SceneCodecs;
import org.phaselab.service.theory.TheoryScene;
import org.phaselab.ui.app.PanelHelp;
import org.phaselab.ui.app.ScenePanel;
import org.phaselab.ui.common.FigureView;
import org.phaselab.ui.common.PanelLayout;
import org.phaselab.ui.common.ParameterControls;
import org.phaselab.ui.common.Playable;
import org.phaselab.ui.common.PlotGrid;

/**
 * The theory panel: storage entropy vs alpha, Franz-Parisi local entropy vs d, teacher-student
 * eps_g vs alpha; sliders on the left recompute while dragged. Lays out and binds only.
 */
public final class TheoryView extends ScenePanel<TheoryScene> {
    private final PanelLayout root;
    private final FigureView entropy;
    private final FigureView localEntropy;
    private final FigureView teacherStudent;

    public TheoryView(TheoryViewModel model) {
        super("theory", "Theory", SceneCodecs.THEORY, model);
        entropy = FigureView.of("entropy", model.entropyChannel());
        localEntropy = FigureView.of("local-entropy", model.localEntropyChannel());
        teacherStudent = FigureView.of("teacher-student", model.teacherStudentChannel());
        FigureView.nameFrom(model.catalogue(), entropy, localEntropy, teacherStudent);
        // where on s(alpha) the local entropy is taken
        entropy.showCursor(TheoryScene.LE_ALPHA, model.leAlpha, "\\alpha");

        ParameterControls<TheoryScene> c = new ParameterControls<>(model.parameters, "");
        VBox controls = new VBox(10,
                section("Entropy vs α", "Typical entropy of solutions per weight; it reaches 0 at the capacity α_c(κ).",
                        c.control(TheoryScene.KAPPA_TOP), c.control(TheoryScene.CURVE_COUNT), c.control(TheoryScene.ENTROPY_ALPHA_MAX)),
                section("Local entropy", "Solutions at distance d from a reference solution; the reference margins run from κ up to the \"max\" slider below. "
                                + "Typical references (same margin as the students) are isolated: φ < 0 near d = 0. High-margin references sit in dense regions: φ hugs the bound H2(d). "
                                + "α_LE (RS, on the entropy plot): φ around max-margin references turns non-monotonic; literature (beyond RS): 0.77-0.78.",
                        c.control(TheoryScene.LE_ALPHA), c.control(TheoryScene.LE_KAPPA), c.control(TheoryScene.LE_KAPPA_REF_TOP),
                        c.control(TheoryScene.LE_REF_COUNT), c.control(TheoryScene.LE_D_MAX)),
                section("Teacher-student", "Gibbs learning of a binary teacher: ε_g jumps to 0 at a first-order transition; the dashed branch is metastable up to the spinodal.",
                        c.control(TheoryScene.TS_ALPHA_MAX)));
        controls.setPadding(new Insets(8));
        root = new PanelLayout("theory-panel", controls, new PlotGrid(localEntropy, entropy, teacherStudent));
    }

    private static TitledPane section(String title, String help, Node... content) {
        javafx.scene.control.Label text = new javafx.scene.control.Label(help);
        text.setWrapText(true);
        text.getStyleClass().add("help-text");
        VBox box = new VBox(6);
        box.getChildren().add(text);
        box.getChildren().addAll(content);
        TitledPane pane = new TitledPane(title, box);
        pane.setCollapsible(true);
        pane.setAnimated(false); // the expand animation caches a snapshot that can leave stale text under Xvfb/software rendering
        return pane;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public List<FigureView> figures() {
        return List.of(localEntropy, entropy, teacherStudent);
    }

    @Override
    public List<Playable> playable() {
        return playable(TheoryScene.LE_ALPHA, TheoryScene.LE_KAPPA_REF_TOP, TheoryScene.KAPPA_TOP, TheoryScene.TS_ALPHA_MAX);
    }

    @Override
    public PanelHelp help() {
        return new PanelHelp("The binary perceptron in the replica-symmetric theory (N → ∞). Entropy of solutions: s(α) of its "
                + "solutions per weight for margins κ; it falls to zero at the capacity α_c(κ) (vertical lines), 0.833 at κ = 0; "
                + "dotted parts are not physical. The dotted grey line is the α of the local-entropy plot. Local entropy: the Franz-Parisi "
                + "φ(d), the number of solutions at distance d from a reference solution of margin κ̃. Around "
                + "typical references (κ̃ = κ) φ < 0 near d = 0: they are isolated. Around high-margin references φ hugs the bound "
                + "H2(d): dense regions, which disappear at α_LE. Teacher-student: Gibbs learning of a teacher; ε_g jumps to zero at a "
                + "first-order transition. Try: play α of the local entropy from 0.4 to 0.83 and watch the dense regions thin out.",
                List.of("Gardner, J. Phys. A 21, 257 (1988)", "Krauth & Mézard, J. Phys. France 50, 3057 (1989)",
                        "Huang & Kabashima, PRE 90, 052813 (2014)", "Baldassi et al., PRL 115, 128101 (2015)",
                        "Baldassi, Lauditi, Malatesta, Perugini & Zecchina, PRL 127, 278301 (2021)",
                        "Györgyi, PRA 41, 7097 (1990)", "Sompolinsky, Tishby & Seung, PRL 65, 1683 (1990)"));
    }
}
