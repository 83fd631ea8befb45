package dev.ecomops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ecomops pack")
class PackCommandTest extends CliHarness {

  @Test
  @DisplayName("writes carton_no,carton_id,item_id,x,y,z,dx,dy,dz; two 10 cm cubes side by side in the small carton")
  void packing() throws IOException {
    Path items = write("items.csv", "item_id,length,width,height,weight,rotatable", "A,10,10,10,1,true",
        "B,10,10,10,1,false");
    Path cartons = write("cartons.csv", "carton_id,length,width,height,max_weight,cost", "BIG,40,40,40,30,1",
        "SMALL,20,10,10,5,0.5");
    Path packing = dir.resolve("packing.csv");
    assertThat(run("pack", "--items", items.toString(), "--cartons", cartons.toString(), "--output", packing.toString()))
        .isZero();
    assertThat(Files.readAllLines(packing)).containsExactly("carton_no,carton_id,item_id,x,y,z,dx,dy,dz",
        "1,SMALL,A,0,0,0,10,10,10", "1,SMALL,B,10,0,0,10,10,10");
    assertThat(out.toString()).contains("2 items in 1 cartons, fill rate 100.0%");
  }

  @Test
  @DisplayName("items that fit no carton are listed on stderr with exit 3; the rest are written")
  void unpacked() throws IOException {
    Path items = write("items.csv", "item_id,length,width,height,weight,rotatable", "A,10,10,10,1,true",
        "SOFA,200,90,80,60,false");
    Path cartons = write("cartons.csv", "carton_id,length,width,height,max_weight,cost", "BOX,40,40,40,30,1");
    Path packing = dir.resolve("packing.csv");
    assertThat(run("pack", "--items", items.toString(), "--cartons", cartons.toString(), "--output", packing.toString()))
        .isEqualTo(3);
    assertThat(err.toString()).contains("unpacked: SOFA (200 x 90 x 80 cm, 60 kg) fits no carton");
    assertThat(Files.readAllLines(packing)).hasSize(2);
  }

  @Test
  @DisplayName("bad rows exit 2 naming file, line and field, and write nothing")
  void badRows() throws IOException {
    Path cartons = write("cartons.csv", "carton_id,length,width,height,max_weight,cost", "BOX,40,40,40,30,1");
    Path packing = dir.resolve("packing.csv");
    Path zero = write("i1.csv", "item_id,length,width,height,weight,rotatable", "A,10,0,10,1,true");
    assertThat(run("pack", "--items", zero.toString(), "--cartons", cartons.toString(), "--output", packing.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains(zero + ":2: width: must be positive and finite");
    Path flag = write("i2.csv", "item_id,length,width,height,weight,rotatable", "A,10,10,10,1,yes");
    assertThat(run("pack", "--items", flag.toString(), "--cartons", cartons.toString(), "--output", packing.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains(flag + ":2: rotatable: must be true or false, was 'yes'");
    Path twice = write("c2.csv", "carton_id,length,width,height,max_weight,cost", "BOX,40,40,40,30,1", "BOX,1,1,1,1,1");
    assertThat(run("pack", "--items", flag.toString(), "--cartons", twice.toString(), "--output", packing.toString()))
        .isEqualTo(2);
    Path ok = write("i3.csv", "item_id,length,width,height,weight,rotatable", "A,10,10,10,1,true");
    assertThat(run("pack", "--items", ok.toString(), "--cartons", twice.toString(), "--output", packing.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains(twice + ":3: carton_id: BOX appears twice");
    assertThat(run("pack", "--items", ok.toString(), "--cartons", cartons.toString(), "--objective", "weight",
        "--output", packing.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--objective: must be count, billable-weight or cost");
    assertThat(packing).doesNotExist();
  }
}
