package org.phaselab.ui.theory;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.phaselab.preset.TheorySceneCodec;
import org.phaselab.service.theory.TheoryScene;
import org.phaselab.service.theory.TheoryScene.Range;
import org.phaselab.ui.app.ScenePanel;
import org.phaselab.ui.common.FigureView;
import org.phaselab.ui.common.ParameterSlider;
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
        super("theory", "Theory", new TheorySceneCodec(), model);
        this.model = model;
        entropy = new PlotPane("entropy", model.entropyChannel());
        localEntropy = new PlotPane("local-entropy", model.localEntropyChannel());
        teacherStudent = new PlotPane("teacher-student", model.teacherStudentChannel());

        VBox controls = new VBox(10,
                section("Entropy vs α", "Typical entropy of solutions per weight; it reaches 0 at the capacity α_c(κ).",
                        slider("kappa-top", "κ max", Range.KAPPA_TOP, model.kappaTop.get(), "%.2f", "largest margin κ of the family", false,
                                s -> s.valueProperty().bindBidirectional(model.kappaTop)),
                        ParameterSlider.forInteger("curve-count", "curves", Range.CURVE_COUNT.min, Range.CURVE_COUNT.max,
                                model.curveCount, "number of margins from 0 to κ max"),
                        slider("entropy-alpha-max", "α max", Range.ENTROPY_ALPHA_MAX, model.entropyAlphaMax.get(), "%.2f",
                                "right end of the α axis (RS has no solution with q < 1 beyond 4/π)", true,
                                s -> s.valueProperty().bindBidirectional(model.entropyAlphaMax))),
                section("Local entropy", "Solutions at distance d from a reference solution; the reference margins run from κ up to the \"max\" slider below. "
                                + "Typical references (same margin as the students) are isolated: φ < 0 near d = 0. High-margin references sit in dense regions: φ hugs the bound H2(d). "
                                + "α_LE (RS, on the entropy plot): φ around max-margin references turns non-monotonic; literature (beyond RS): 0.77-0.78.",
                        slider("le-alpha", "α", Range.LE_ALPHA, model.leAlpha.get(), "%.3f", "load α = P/N of the local-entropy plot", false,
                                s -> s.valueProperty().bindBidirectional(model.leAlpha)),
                        slider("le-kappa", "κ", Range.LE_KAPPA, model.leKappa.get(), "%.2f", "margin of the counted solutions", true,
                                s -> s.valueProperty().bindBidirectional(model.leKappa)),
                        slider("le-kappa-ref", "κ̃ max", Range.LE_KAPPA_REF_TOP, model.leKappaRefTop.get(), "%.3f",
                                "largest reference margin; references exist only up to κ_max(α)", false,
                                s -> s.valueProperty().bindBidirectional(model.leKappaRefTop)),
                        ParameterSlider.forInteger("le-ref-count", "refs", Range.LE_REF_COUNT.min, Range.LE_REF_COUNT.max,
                                model.leRefCount, "number of reference margins from κ to κ̃ max"),
                        slider("le-d-max", "d max", Range.LE_D_MAX, model.leDMax.get(), "%.3f", "right end of the distance axis", true,
                                s -> s.valueProperty().bindBidirectional(model.leDMax))),
                section("Teacher-student", "Gibbs learning of a binary teacher: ε_g jumps to 0 at a first-order transition; the dashed branch is metastable up to the spinodal.",
                        slider("ts-alpha-max", "α max", Range.TS_ALPHA_MAX, model.tsAlphaMax.get(), "%.2f", "right end of the α axis", false,
                                s -> s.valueProperty().bindBidirectional(model.tsAlphaMax))));
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

    private static ParameterSlider slider(String id, String name, Range range, double value, String format,
                                          String help, boolean advanced, java.util.function.Consumer<ParameterSlider> bind) {
        ParameterSlider s = new ParameterSlider(id, name, range.min, range.max, value, format, help);
        if (advanced) {
            s.getStyleClass().add("advanced");
        }
        bind.accept(s);
        return s;
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
