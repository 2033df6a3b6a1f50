package dk.laerepladsklar.curriculum.entity;

import java.util.List;
import java.util.Objects;

/**
 * One block of a reading step. Which fields are set depends on the kind: {@code text} for paragraphs,
 * headings, tips and examples (which also name their {@code trade}), {@code items} for lists, and
 * {@code image} (a file name in the pack's {@code images/}) with its {@code alt} text for images.
 */
public record Block(BlockKind kind, String text, List<String> items, String trade, String image, String alt) {

    public Block {
        Objects.requireNonNull(kind, "block kind");
        items = items == null ? List.of() : List.copyOf(items);
        switch (kind) {
            case PARAGRAPH, HEADING, TIP -> Texts.requireText(text, kind.packName() + " text");
            case EXAMPLE -> {
                Texts.requireText(text, "example text");
                Texts.requireText(trade, "example trade");
            }
            case LIST -> {
                Texts.requireSome(items, "list items");
                items.forEach(item -> Texts.requireText(item, "list item"));
            }
            case IMAGE -> {
                if (image == null || !image.matches("[a-z0-9][a-z0-9-]{0,79}\\.svg")) {
                    throw new IllegalArgumentException("The image \"" + image + "\" is not an .svg file name in images/");
                }
                Texts.requireText(alt, "alt text of image " + image);
            }
        }
    }

    public static Block of(BlockKind kind, String text) {
        return new Block(kind, text, List.of(), null, null, null);
    }

    public static Block list(List<String> items) {
        return new Block(BlockKind.LIST, null, items, null, null, null);
    }

    public static Block example(String trade, String text) {
        return new Block(BlockKind.EXAMPLE, text, List.of(), trade, null, null);
    }

    public static Block image(String image, String alt) {
        return new Block(BlockKind.IMAGE, null, List.of(), null, image, alt);
    }
}
