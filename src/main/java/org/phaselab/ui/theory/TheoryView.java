package org.phaselab.ui.theory;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.phaselab.preset.SceneCodecs;
import org.phaselab.service.theory.TheoryScene;
import org.phaselab.ui.app.ScenePanel;
import org.phaselab.ui.common.FigureView;
import org.phaselab.ui.common.ParameterControls;
import org.phaselab.ui.common.PlotPane;

/**
 * The theory panel: storage entropy vs alpha, Franz-Parisi local entropy vs d, teacher-student
 * eps_g vs alpha; sliders on the left recompute while dragged. Lays out and binds only.
 */
public final class TheoryView extends ScenePanel<TheoryScene> {
    private final TheoryViewModel model;
    private final SplitPane root;
    private final PlotPane entropy;
    private final PlotPane localEntropy;
    private final PlotPane teacherStudent;

    public TheoryView(TheoryViewModel model) {
        super("theory", "Theory", SceneCodecs.THEORY, model);
        this.model = model;
        entropy = new PlotPane("entropy", model.entropyChannel());
        localEntropy = new PlotPane("local-entropy", model.localEntropyChannel());
        teacherStudent = new PlotPane("teacher-student", model.teacherStudentChannel());

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
        controls.setPrefWidth(280);
        ScrollPane side = new ScrollPane(controls);
        side.setFitToWidth(true);
        side.setMinWidth(300);

        SplitPane left = new SplitPane(entropy, teacherStudent);
        left.setOrientation(javafx.geometry.Orientation.VERTICAL);
        SplitPane plots = new SplitPane(left, localEntropy);
        plots.setDividerPositions(0.45);
        root = new SplitPane(side, plots);
        root.setDividerPositions(0.22);
        root.setId("theory-panel");
    }

    private static TitledPane section(String title, String help, Node... content) {
        // a Text with a fixed wrapping width: laid out once, so no stale first layout is left on screen
        javafx.scene.text.Text text = new javafx.scene.text.Text(help);
        text.setWrappingWidth(250);
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
        return List.of(localEntropy.figureView(), entropy.figureView(), teacherStudent.figureView());
    }
}
