package dk.laerepladsklar.careerplan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One strength on the profile with an example that shows it ("Præcis. Eksempel: mit skab passede første gang."). */
@Embeddable
public class ProfileStrength {

    @Column(name = "strength_text", nullable = false, length = CareerProfile.MAX_STRENGTH)
    private String strength;

    @Column(name = "example_text", nullable = false, length = CareerProfile.MAX_EXAMPLE)
    private String example;

    protected ProfileStrength() {
    }

    ProfileStrength(String strength, String example) {
        this.strength = strength;
        this.example = example;
    }

    public String getStrength() {
        return strength;
    }

    public String getExample() {
        return example;
    }
}
