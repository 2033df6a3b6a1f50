package dk.laerepladsklar.curriculum.entity;

import java.util.List;

/** Texts to read (with the read-aloud button), done when the student has read on past it. */
public record ReadingStep(String id, String title, List<Block> blocks) implements Step {

    public ReadingStep {
        Step.requireIdAndTitle(id, title);
        blocks = Texts.requireSome(blocks, "blocks of step " + id);
    }

    @Override
    public StepKind kind() {
        return StepKind.READING;
    }
}
