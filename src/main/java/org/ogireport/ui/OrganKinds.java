package org.ogireport.ui;

import java.util.Arrays;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.ogireport.model.OrganKind;

/** The choice of an organ's kind, shown by the names of {@link OrganKind}. */
public final class OrganKinds {

    private OrganKinds() {
    }

    public static void setUp(ComboBox<OrganKind> box) {
        box.getItems().setAll(Arrays.asList(OrganKind.values()));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(OrganKind kind) {
                return kind == null ? "" : kind.label();
            }

            @Override
            public OrganKind fromString(String label) {
                return Arrays.stream(OrganKind.values()).filter(k -> k.label().equals(label)).findFirst().orElse(null);
            }
        });
    }
}
